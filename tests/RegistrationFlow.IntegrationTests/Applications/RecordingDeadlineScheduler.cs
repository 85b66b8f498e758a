using System.Collections.Concurrent;
using RegistrationFlow.Infrastructure.Deadlines;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>A scheduler that runs nothing and remembers what it was asked; tests fire deadlines through IDeadlineHandler.</summary>
public sealed class RecordingDeadlineScheduler : IDeadlineScheduler
{
    public ConcurrentDictionary<string, (Guid DeadlineId, DateTimeOffset DueAt)> Scheduled { get; } = new();
    public ConcurrentBag<string> Cancelled { get; } = [];

    /// <summary>Every row gets a job at once, so tests can follow each one.</summary>
    public TimeSpan Horizon => TimeSpan.MaxValue;

    public string? Schedule(Guid deadlineId, DateTimeOffset dueAt)
    {
        var jobId = $"job-{deadlineId:N}";
        Scheduled[jobId] = (deadlineId, dueAt);
        return jobId;
    }

    public void Cancel(string jobId) => Cancelled.Add(jobId);

    public bool IsAlive(string jobId) => Scheduled.ContainsKey(jobId) && !Cancelled.Contains(jobId);
}
