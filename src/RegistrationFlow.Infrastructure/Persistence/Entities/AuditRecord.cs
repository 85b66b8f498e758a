namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>One link of the hash-chained audit trail. Written only by <see cref="Audit.AuditTrail"/>.</summary>
public sealed class AuditRecord
{
    public long Sequence { get; set; }
    public DateTimeOffset Instant { get; set; }
    public required string Actor { get; set; }
    public string? Role { get; set; }
    public required string Action { get; set; }
    public Guid? ApplicationId { get; set; }
    public string? FromStep { get; set; }
    public string? ToStep { get; set; }
    /// <summary>Further detail as a JSON object (comment, reason, refusal, …), or null.</summary>
    public string? Detail { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

/// <summary>
/// The single row that holds the end of the audit chain. Every append updates it first, which takes the
/// database's write lock (SQLite) or row lock (PostgreSQL) and so serialises appends: the chain cannot fork.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;
    public int Id { get; set; }
    public long LastSequence { get; set; }
    public required string LastHash { get; set; }
}
