using System.Collections.Concurrent;
using RegistrationFlow.Infrastructure.Deadlines;

namespace RegistrationFlow.DeadlineBench;

/// <summary>Every outcome of every deadline job, per deadline: a deadline processed twice shows two Fired outcomes.</summary>
internal sealed class OutcomeLog
{
    private readonly ConcurrentDictionary<Guid, int[]> _outcomes = new();

    public void Record(Guid deadlineId, DeadlineOutcome outcome)
    {
        var counts = _outcomes.GetOrAdd(deadlineId, _ => new int[Enum.GetValues<DeadlineOutcome>().Length]);
        Interlocked.Increment(ref counts[(int)outcome]);
    }

    public int Count(Guid deadlineId, DeadlineOutcome outcome) => _outcomes.TryGetValue(deadlineId, out var counts) ? Volatile.Read(ref counts[(int)outcome]) : 0;
}

/// <summary>The product's handler, unchanged, with its outcomes written down.</summary>
internal sealed class RecordingDeadlineHandler(IDeadlineHandler inner, OutcomeLog log) : IDeadlineHandler
{
    public async Task<DeadlineOutcome> HandleAsync(Guid deadlineId, CancellationToken cancellationToken)
    {
        var outcome = await inner.HandleAsync(deadlineId, cancellationToken);
        log.Record(deadlineId, outcome);
        return outcome;
    }
}
