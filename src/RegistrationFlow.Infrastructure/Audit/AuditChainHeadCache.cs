namespace RegistrationFlow.Infrastructure.Audit;

/// <summary>
/// What this process last wrote to the audit chain head: a prediction only. An append that trusts it moves the head with
/// one conditional UPDATE (<c>WHERE LastSequence = @seen AND LastHash = @seen</c>); when the prediction is wrong — the
/// appending transaction rolled back, or another process or node appended — nothing is updated and the append falls back
/// to locking and reading the head. The database decides; the chain cannot fork.
/// </summary>
public sealed class AuditChainHeadCache
{
    private readonly Lock _lock = new();
    private long _sequence;
    private string? _hash;

    public bool TryGet(out long sequence, out string hash)
    {
        lock (_lock)
        {
            sequence = _sequence;
            hash = _hash!;
            return _hash is not null;
        }
    }

    public void Set(long sequence, string hash)
    {
        lock (_lock)
        {
            _sequence = sequence;
            _hash = hash;
        }
    }
}
