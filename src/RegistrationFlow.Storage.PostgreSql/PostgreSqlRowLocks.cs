using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Storage.PostgreSql;

/// <summary><c>SELECT … FOR UPDATE</c>: the row is held until the transaction ends; another node's unit waits for it.</summary>
internal sealed class PostgreSqlRowLocks : IRowLocks
{
    private static string? _lockApplication;

    public Task LockApplicationAsync(RegistrationDbContext db, Guid applicationId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(_lockApplication ??= Statement(db), [applicationId], cancellationToken);

    private static string Statement(RegistrationDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(Application))!;
        return $"SELECT 1 FROM \"{entity.GetTableName()}\" WHERE \"{entity.FindProperty(nameof(Application.Id))!.GetColumnName()}\" = {{0}} FOR UPDATE";
    }
}
