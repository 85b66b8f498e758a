using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Storage.PostgreSql;

/// <summary><c>SELECT … FOR UPDATE</c>: the row is held until the transaction ends; another node's unit waits for it.</summary>
internal sealed class PostgreSqlRowLocks : IRowLocks
{
    private static string? _lockApplication;
    private static string? _lockAndReadApplication;
    private static string? _lockAuditHead;

    public bool Ordered => true;

    public Task LockApplicationAsync(RegistrationDbContext db, Guid applicationId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(_lockApplication ??= Statement(db), [applicationId], cancellationToken);

    public async Task<Application?> LockAndReadApplicationAsync(RegistrationDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        // Not composed further, so EF Core sends the statement as it is and tracks what it reads.
        await foreach (var application in db.Applications.FromSqlRaw(_lockAndReadApplication ??= StatementReading(db), applicationId)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
            return application;
        return null;
    }

    public Task LockAuditHeadAsync(RegistrationDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(_lockAuditHead ??= Statement<AuditChainHead>(db, nameof(AuditChainHead.Id)), [AuditChainHead.SingletonId], cancellationToken);

    private static string Statement(RegistrationDbContext db) => Statement<Application>(db, nameof(Application.Id));

    private static string StatementReading(RegistrationDbContext db) => Statement(db).Replace("SELECT 1 FROM", "SELECT * FROM", StringComparison.Ordinal);

    private static string Statement<T>(RegistrationDbContext db, string key)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        return $"SELECT 1 FROM \"{entity.GetTableName()}\" WHERE \"{entity.FindProperty(key)!.GetColumnName()}\" = {{0}} FOR UPDATE";
    }
}
