using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Sqlite;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Persistence;

/// <summary>The write gate as the product uses it: EF Core transactions and stand-alone writes on the host's SQLite file.</summary>
[Trait(StorageTraits.Name, StorageTraits.Sqlite)]
public sealed class WriteGateHostTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_second_writer_queues_in_the_process_until_the_first_commits_while_reads_go_on()
    {
        var gate = host.Services.GetRequiredService<WriteGate>();
        await using var firstScope = host.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
        var transaction = await first.Database.BeginTransactionAsync();
        first.Applications.Add(TestData.NewApplication("GATE-1", host.Clock.GetUtcNow()));
        await first.SaveChangesAsync();

        var second = host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            db.Applications.Add(TestData.NewApplication("GATE-2", host.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        await Eventually.TrueAsync(() => Task.FromResult(gate.Waiting >= 1), "the second writer queues at the gate");
        Assert.False(second.IsCompleted);

        // A reader is not held up by the open write transaction (WAL), and does not see its uncommitted row.
        var seen = await host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>().Applications
            .AsNoTracking().Where(a => a.ReceiptNumber.StartsWith("GATE-")).Select(a => a.ReceiptNumber).ToListAsync());
        Assert.Empty(seen);

        await transaction.CommitAsync();
        await second.WaitAsync(Long);
        await transaction.DisposeAsync();
        Assert.Equal(["GATE-1", "GATE-2"], await ReceiptNumbersAsync("GATE-"));
    }

    [Fact]
    public async Task A_transaction_that_fails_or_is_only_disposed_lets_the_next_writer_in()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Applications.Add(TestData.NewApplication("FAIL-1", host.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            throw new InvalidOperationException("the work inside the transaction failed");
        }));
        await host.InScopeAsync(async services =>
        {
            // An early return: the transaction is disposed without commit or rollback.
            var db = services.GetRequiredService<RegistrationDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Applications.Where(a => a.ReceiptNumber == "none").ExecuteUpdateAsync(s => s.SetProperty(a => a.Overdue, true));
        });
        await host.InScopeAsync(async services =>
        {
            // A duplicate key: SaveChanges fails inside its own transaction.
            var db = services.GetRequiredService<RegistrationDbContext>();
            var twin = TestData.NewApplication("FAIL-2", host.Clock.GetUtcNow());
            db.Applications.Add(twin);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            var copy = TestData.NewApplication("FAIL-3", host.Clock.GetUtcNow());
            copy.Id = twin.Id;
            db.Applications.Add(copy);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        // Each of those released the gate: a writer gets in at once, in a transaction and outside one.
        var gate = host.Services.GetRequiredService<WriteGate>();
        using (await gate.EnterAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(1)))
        {
        }
        var updated = await host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>().Applications
            .Where(a => a.ReceiptNumber == "FAIL-2").ExecuteUpdateAsync(s => s.SetProperty(a => a.Overdue, true)))
            .WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, updated);
        Assert.Equal(["FAIL-2"], await ReceiptNumbersAsync("FAIL-"));
    }

    [Fact]
    public async Task A_write_outside_a_transaction_waits_for_the_writer_inside_one()
    {
        var gate = host.Services.GetRequiredService<WriteGate>();
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            db.Applications.Add(TestData.NewApplication("AUTO-1", host.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });

        await using var scope = host.Services.CreateAsyncScope();
        var holder = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
        var transaction = await holder.Database.BeginTransactionAsync();
        var update = host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>().Applications
            .Where(a => a.ReceiptNumber == "AUTO-1").ExecuteUpdateAsync(s => s.SetProperty(a => a.Overdue, true)));
        await Eventually.TrueAsync(() => Task.FromResult(gate.Waiting >= 1), "the second writer queues at the gate");
        Assert.False(update.IsCompleted);

        await transaction.RollbackAsync();
        Assert.Equal(1, await update.WaitAsync(Long));
        await transaction.DisposeAsync();
    }

    private Task<List<string>> ReceiptNumbersAsync(string prefix) => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().Applications.AsNoTracking()
            .Where(a => a.ReceiptNumber.StartsWith(prefix)).OrderBy(a => a.ReceiptNumber).Select(a => a.ReceiptNumber).ToListAsync());
}
