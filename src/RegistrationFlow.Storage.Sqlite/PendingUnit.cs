using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Storage.Sqlite;

/// <summary>A unit of work queued for the <see cref="GroupCommitRunner"/>, with the caller's result to complete.</summary>
internal abstract class PendingUnit(CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Runs the unit inside the shared transaction; its result is held until <see cref="Commit"/>.</summary>
    public abstract Task RunAsync(WriteScope scope);

    /// <summary>The transaction the unit ran in has committed: the caller gets the result.</summary>
    public abstract void Commit();

    /// <summary>The unit's writes are not kept: the caller gets <paramref name="error"/>.</summary>
    public abstract void Fail(Exception error);

    public abstract void Cancel();
}

internal sealed class PendingUnit<T>(Func<WriteScope, CancellationToken, Task<T>> unit, CancellationToken cancellationToken)
    : PendingUnit(cancellationToken)
{
    // The caller's continuation runs on the pool, never on the writer between two units.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Task => _completion.Task;

    public override async Task RunAsync(WriteScope scope) => _result = await unit(scope, CancellationToken);

    public override void Commit() => _completion.TrySetResult(_result!);

    public override void Fail(Exception error) => _completion.TrySetException(error);

    public override void Cancel() => _completion.TrySetCanceled(CancellationToken);
}
