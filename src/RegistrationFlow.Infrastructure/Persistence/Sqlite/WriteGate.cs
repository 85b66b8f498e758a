using Microsoft.Data.Sqlite;

namespace RegistrationFlow.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Lets one SQLite write in at a time, in arrival order. SQLite has one write lock per database; without this gate
/// concurrent writers wait for it inside SQLite's busy handler, which sleeps and polls (up to 100 ms a sleep) in no
/// particular order, so most of a busy writer's time is sleeping. Here a writer waits on a queue instead and is woken
/// the moment the writer before it commits or rolls back. Only for writers in this process: another process (or a
/// second host on the same file) still meets SQLite's own lock and busy timeout.
/// A follow-up write (<see cref="FollowUp"/>: bookkeeping right after a request's own transaction, which already waited its
/// turn) is let in before the writers still queued, so one request does not queue twice behind everyone else.
/// </summary>
public sealed class WriteGate(TimeSpan timeout)
{
    private static readonly AsyncLocal<bool> InFollowUp = new();

    private readonly Lock _lock = new();
    private readonly LinkedList<TaskCompletionSource<Lease>> _waiting = new();
    private readonly LinkedList<TaskCompletionSource<Lease>> _followUps = new();
    private bool _held;

    /// <summary>Marks the writes of the calling flow, until disposed, as follow-ups.</summary>
    public static IDisposable FollowUp()
    {
        var previous = InFollowUp.Value;
        InFollowUp.Value = true;
        return new Restore(previous);
    }

    /// <summary>Whether the calling flow is inside <see cref="FollowUp"/>.</summary>
    public static bool IsFollowUp => InFollowUp.Value;

    /// <summary>How long a writer waits for its turn before giving up as SQLite would (SQLITE_BUSY).</summary>
    public TimeSpan Timeout { get; } = timeout;

    /// <summary>Writers queued behind the one inside (for tests and diagnostics).</summary>
    public int Waiting
    {
        get
        {
            lock (_lock) return _waiting.Count + _followUps.Count;
        }
    }

    /// <summary>Waits for this writer's turn; dispose the lease (once) to let the next writer in.</summary>
    public ValueTask<Lease> EnterAsync(CancellationToken cancellationToken = default) => EnterAsync(IsFollowUp, cancellationToken);

    /// <summary>Waits for this writer's turn, ahead of the queue when <paramref name="followUp"/>.</summary>
    public ValueTask<Lease> EnterAsync(bool followUp, CancellationToken cancellationToken = default)
    {
        TaskCompletionSource<Lease> turn;
        LinkedListNode<TaskCompletionSource<Lease>> node;
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return ValueTask.FromResult(new Lease(this));
            }
            // Continuations run on the pool, never inside the releasing writer's Dispose.
            turn = new TaskCompletionSource<Lease>(TaskCreationOptions.RunContinuationsAsynchronously);
            node = (followUp ? _followUps : _waiting).AddLast(turn);
        }
        return new ValueTask<Lease>(WaitAsync(node, cancellationToken));
    }

    /// <summary>The blocking form, for EF Core's synchronous paths.</summary>
    public Lease Enter(CancellationToken cancellationToken = default) => EnterAsync(cancellationToken).AsTask().GetAwaiter().GetResult();

    private async Task<Lease> WaitAsync(LinkedListNode<TaskCompletionSource<Lease>> node, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await node.Value.Task.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            if (!Abandon(node))
            {
                // The turn came as the wait ended: hand it on, so the gate is never lost.
                (await node.Value.Task.ConfigureAwait(false)).Dispose();
            }
            cancellationToken.ThrowIfCancellationRequested();
            throw new SqliteException(
                $"Waited {Timeout.TotalMilliseconds:0} ms for the database write lock (the writer before has not finished).", 5 /* SQLITE_BUSY */);
        }
    }

    /// <summary>Takes a waiter out of the queue; false when it was handed the gate meanwhile.</summary>
    private bool Abandon(LinkedListNode<TaskCompletionSource<Lease>> node)
    {
        lock (_lock)
        {
            if (node.List is not { } queue) return false;
            queue.Remove(node);
            return true;
        }
    }

    private void Release()
    {
        TaskCompletionSource<Lease>? next;
        lock (_lock)
        {
            var queue = _followUps.Count > 0 ? _followUps : _waiting;
            if (queue.First is { } first)
            {
                queue.RemoveFirst();
                next = first.Value; // the gate stays held: ownership passes straight to the next writer
            }
            else
            {
                _held = false;
                return;
            }
        }
        next.SetResult(new Lease(this));
    }

    /// <summary>One writer's turn. Disposing it more than once releases once.</summary>
    public sealed class Lease : IDisposable
    {
        private WriteGate? _gate;

        internal Lease(WriteGate gate) => _gate = gate;

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }

    private sealed class Restore(bool previous) : IDisposable
    {
        public void Dispose() => InFollowUp.Value = previous;
    }
}
