using RegistrationFlow.Core.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Persistence;

public sealed class SchemaTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Trait(StorageTraits.Name, StorageTraits.Sqlite)]
    [Fact]
    public async Task Migrations_create_the_schema_on_a_fresh_file_in_wal_mode()
    {
        Assert.True(File.Exists(host.DatabasePath));

        await using var connection = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("wal", await Scalar(connection, "PRAGMA journal_mode"));
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        foreach (var table in new[]
                 {
                     "Applications", "WorkTasks", "Deadlines", "Certificates", "CertificateCounters", "ReceiptCounters",
                     "DefinitionVersions", "AuditRecords", "AuditChainHeads", "OutboxNotifications", "AspNetUsers",
                     "AspNetRoles", "DataProtectionKeys", "__EFMigrationsHistory",
                 })
        {
            Assert.Contains(table, tables);
        }

        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        });
    }

    [Trait(StorageTraits.Name, StorageTraits.Sqlite)]
    [Fact]
    public async Task An_applications_pending_deadlines_are_found_through_its_own_index_not_by_walking_every_pending_row()
    {
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            var applicationId = Guid.NewGuid();
            var sql = string.Join('\n', db.Deadlines
                .Where(d => d.ApplicationId == applicationId && d.State == DeadlineState.Pending)
                .ToQueryString().Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));
            await db.Database.OpenConnectionAsync();
            var plan = await Scalar(db.Database.GetDbConnection(), "EXPLAIN QUERY PLAN " + sql, column: 3);
            Assert.Contains("IX_Deadlines_ApplicationId_State", plan);
        });
    }

    [Trait(StorageTraits.Name, StorageTraits.Sqlite)]
    [Fact]
    public async Task Every_connection_the_context_opens_gets_the_configured_pragmas()
    {
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            Assert.Equal("1", await Scalar(connection, "PRAGMA foreign_keys"));
            Assert.Equal("2", await Scalar(connection, "PRAGMA synchronous")); // FULL, what the product ships
            Assert.Equal("10000", await Scalar(connection, "PRAGMA busy_timeout"));
        });
    }

    [Fact]
    public async Task Instants_are_stored_as_utc_and_compare_across_offsets()
    {
        var application = TestData.NewApplication("SCHEMA-1", host.Clock.GetUtcNow());
        var linhai = TimeSpan.FromHours(8);
        // 16:00 in Linhai is 08:00 UTC: earlier than 09:00 UTC although its wall-clock hour is larger.
        var dues = new[]
        {
            new DateTimeOffset(2026, 3, 2, 16, 0, 0, linhai),
            new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero),
        };
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            db.Applications.Add(application);
            db.Deadlines.AddRange(dues.Select(due => new Deadline
            {
                Id = Guid.NewGuid(), ApplicationId = application.Id, Kind = DeadlineKind.Breach, DueAt = due,
                State = DeadlineState.Pending, CreatedAt = host.Clock.GetUtcNow(),
            }));
            await db.SaveChangesAsync();
        });

        var read = await host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>().Deadlines
            .Where(d => d.ApplicationId == application.Id && d.DueAt < new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero))
            .OrderBy(d => d.DueAt)
            .Select(d => d.DueAt)
            .ToListAsync());

        Assert.Equal([dues[2], dues[0]], read);
        Assert.All(read, instant => Assert.Equal(TimeSpan.Zero, instant.Offset));
    }

    [Fact]
    public async Task A_stale_row_version_is_refused_and_each_save_moves_the_version_on()
    {
        var application = TestData.NewApplication("SCHEMA-2", host.Clock.GetUtcNow());
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            db.Applications.Add(application);
            await db.SaveChangesAsync();
        });
        Assert.Equal(1, application.RowVersion);

        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<RegistrationDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<RegistrationDbContext>();
        var mine = await firstDb.Applications.SingleAsync(a => a.Id == application.Id);
        var theirs = await secondDb.Applications.SingleAsync(a => a.Id == application.Id);

        mine.Status = "accepted";
        await firstDb.SaveChangesAsync();
        Assert.Equal(2, mine.RowVersion);

        theirs.Status = "withdrawn";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());

        var stored = await host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>()
            .Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id));
        Assert.Equal("accepted", stored.Status);
        Assert.Equal(2, stored.RowVersion);
        Assert.Equal("张三", stored.Parties[0].Name);
        Assert.Equal(89.5m, stored.Property.Area);
        Assert.Equal(["intake"], stored.CurrentSteps);
    }

    [Fact]
    public async Task A_client_etag_is_checked_by_setting_the_original_row_version()
    {
        var application = TestData.NewApplication("SCHEMA-3", host.Clock.GetUtcNow());
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            db.Applications.Add(application);
            await db.SaveChangesAsync();
        });

        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            var loaded = await db.Applications.SingleAsync(a => a.Id == application.Id);
            db.Entry(loaded).Property(a => a.RowVersion).OriginalValue = 7; // what a stale client sent in If-Match
            loaded.Status = "accepted";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        });
    }

    private static async Task<string?> Scalar(System.Data.Common.DbConnection connection, string sql, int column = 0)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
