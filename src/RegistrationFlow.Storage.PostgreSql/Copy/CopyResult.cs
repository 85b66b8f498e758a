using RegistrationFlow.Infrastructure.Audit;

namespace RegistrationFlow.Storage.PostgreSql.Copy;

/// <summary>One table's rows in the source and, after the copy, in the target.</summary>
public sealed record TableCount(string Table, long Source, long Target)
{
    public bool Matches => Source == Target;
}

/// <summary>
/// What the copy did: the counts per table and the audit chain's verification on the target, both checked before the
/// commit. <see cref="Committed"/> only when every count matches and the chain holds; otherwise nothing was committed.
/// </summary>
public sealed record CopyResult(IReadOnlyList<TableCount> Tables, AuditChainBreak? TargetAuditBreak, AuditChainBreak? SourceAuditBreak,
    long AuditRecords, bool Committed);

/// <summary>The copy would not start, or stopped before committing anything: the message says why.</summary>
public sealed class CopyRefusedException(string message, Exception? inner = null) : Exception(message, inner);
