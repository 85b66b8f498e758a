using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.IntegrationTests.Hosting;
using RegistrationFlow.Storage.Sqlite;

namespace RegistrationFlow.IntegrationTests.Persistence;

/// <summary>
/// SQLite's single writer on the host's database file: units waiting together share one transaction, a failing unit is
/// rolled back alone, a failed commit keeps nothing, and no caller hears of a change before it has committed.
/// </summary>
[Trait(StorageTraits.Name, StorageTraits.Sqlite)]
public sealed class GroupCommitRunnerTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    private GroupCommitRunner Runner => host.Services.GetRequiredService<GroupCommitRunner>();

    [Fact]
    public void The_product_writes_through_the_group_commit_runner_on_sqlite() =>
        Assert.Same(Runner, host.Services.GetRequiredService<ITransactionRunner>());

    [Fact]
    public async Task Units_that_queue_while_the_writer_waits_share_one_transaction_and_are_answered_only_after_it_commits()
    {
        var (unitsBefore, transactionsBefore) = (Runner.UnitsRun, Runner.Transactions);
        var groupSizes = new System.Collections.Concurrent.ConcurrentQueue<int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WriterMetrics.MeterName && instrument.Name == "registrationflow.writer.units_per_transaction")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<int>((_, size, _, _) => groupSizes.Enqueue(size));
        listener.Start();
        Task<string>[] units;
        var (first, lease) = await HoldTheWriterAsync(Runner);
        using (lease)
        {
            units = Enumerable.Range(1, 5).Select(i => Runner.RunAsync((write, ct) => InsertAsync(write, $"GROUP-{i}", ct))).ToArray();
            // The writer is held inside the first unit, so these cannot have committed: none may be answered yet.
            Assert.False(first.IsCompleted);
            Assert.All(units, unit => Assert.False(unit.IsCompleted));
            Assert.Empty(await ReceiptNumbersAsync("GROUP-"));
            lease.Dispose();
            await first.WaitAsync(Long);
        }

        Assert.Equal(["GROUP-1", "GROUP-2", "GROUP-3", "GROUP-4", "GROUP-5"], (await Task.WhenAll(units).WaitAsync(Long)).Order());
        Assert.Equal(["GROUP-1", "GROUP-2", "GROUP-3", "GROUP-4", "GROUP-5"], await ReceiptNumbersAsync("GROUP-"));
        Assert.Equal(6, Runner.UnitsRun - unitsBefore);
        Assert.Equal(2, Runner.Transactions - transactionsBefore); // the first unit alone, then the five together
        Assert.Equal([1, 5], groupSizes); // as reported to the metrics
    }

    [Fact]
    public async Task A_unit_that_fails_is_rolled_back_alone_and_its_caller_gets_the_error()
    {
        Task<string> before, failing, after;
        var (first, lease) = await HoldTheWriterAsync(Runner);
        using (lease)
        {
            before = Runner.RunAsync((write, ct) => InsertAsync(write, "ALONE-A", ct));
            failing = Runner.RunAsync<string>(async (write, ct) =>
            {
                await InsertAsync(write, "ALONE-B", ct);
                throw new InvalidOperationException("the unit failed after writing");
            });
            after = Runner.RunAsync((write, ct) => InsertAsync(write, "ALONE-C", ct));
            lease.Dispose();
            await first.WaitAsync(Long);
        }

        Assert.Equal("ALONE-A", await before.WaitAsync(Long));
        Assert.Equal("ALONE-C", await after.WaitAsync(Long));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failing.WaitAsync(Long));
        Assert.Equal("the unit failed after writing", error.Message);
        Assert.Equal(["ALONE-A", "ALONE-C"], await ReceiptNumbersAsync("ALONE-"));
    }

    [Fact]
    public async Task When_the_commit_fails_no_unit_of_the_transaction_is_kept_and_every_caller_is_told()
    {
        Task<string> innocent, orphan;
        var (first, lease) = await HoldTheWriterAsync(Runner);
        using (lease)
        {
            innocent = Runner.RunAsync((write, ct) => InsertAsync(write, "COMMIT-A", ct));
            orphan = Runner.RunAsync(async (write, ct) =>
            {
                // A task of an application that does not exist, with the foreign key checked only at COMMIT.
                await write.Db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON", ct);
                write.Db.WorkTasks.Add(new WorkTask
                {
                    Id = Guid.NewGuid(), ApplicationId = Guid.NewGuid(), Step = "review", CandidateRole = "reviewer",
                    CreatedAt = host.Clock.GetUtcNow(), State = WorkTaskState.Open,
                });
                await write.Db.SaveChangesAsync(ct);
                return "orphan";
            });
            lease.Dispose();
            await first.WaitAsync(Long);
        }

        await Assert.ThrowsAsync<SqliteException>(() => innocent.WaitAsync(Long));
        await Assert.ThrowsAsync<SqliteException>(() => orphan.WaitAsync(Long));
        Assert.Empty(await ReceiptNumbersAsync("COMMIT-"));

        // The writer goes on with the next transaction.
        Assert.Equal("COMMIT-B", await Runner.RunAsync((write, ct) => InsertAsync(write, "COMMIT-B", ct)).WaitAsync(Long));
        Assert.Equal(["COMMIT-B"], await ReceiptNumbersAsync("COMMIT-"));
    }

    [Fact]
    public async Task Stopping_the_writer_finishes_the_units_already_queued_and_refuses_new_ones()
    {
        var runner = new GroupCommitRunner(host.Services.GetRequiredService<IServiceScopeFactory>(), new GroupCommitSettings(),
            NullLogger<GroupCommitRunner>.Instance);
        Task<string>[] queued;
        Task stopping;
        var (first, lease) = await HoldTheWriterAsync(runner);
        using (lease)
        {
            queued = Enumerable.Range(1, 3).Select(i => runner.RunAsync((write, ct) => InsertAsync(write, $"STOP-{i}", ct))).ToArray();
            stopping = runner.DisposeAsync().AsTask();
            await Assert.ThrowsAsync<ObjectDisposedException>(() => runner.RunAsync((write, ct) => InsertAsync(write, "STOP-late", ct)));
            lease.Dispose();
            await first.WaitAsync(Long);
        }

        await stopping.WaitAsync(Long);
        Assert.All(queued, unit => Assert.True(unit.IsCompletedSuccessfully));
        Assert.Equal(["STOP-1", "STOP-2", "STOP-3"], await ReceiptNumbersAsync("STOP-"));
    }

    [Fact]
    public async Task A_writer_that_cannot_start_fails_its_queued_units_and_refuses_new_ones_instead_of_leaving_callers_waiting()
    {
        // A container without the write scope: the writer's own set-up fails.
        await using var empty = new ServiceCollection().BuildServiceProvider();
        var runner = new GroupCommitRunner(empty.GetRequiredService<IServiceScopeFactory>(), new GroupCommitSettings(),
            NullLogger<GroupCommitRunner>.Instance);

        var queued = runner.RunAsync((write, ct) => InsertAsync(write, "BROKEN-1", ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => queued.WaitAsync(Long));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => runner.RunAsync((write, ct) => InsertAsync(write, "BROKEN-2", ct)));
        await runner.DisposeAsync();
        Assert.Empty(await ReceiptNumbersAsync("BROKEN-"));
    }

    /// <summary>Queues a unit that writes nothing and holds the writer inside it until the returned lease is disposed.</summary>
    private static async Task<(Task<int> First, IDisposable Lease)> HoldTheWriterAsync(GroupCommitRunner runner)
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = runner.RunAsync(async (_, _) =>
        {
            entered.TrySetResult();
            await release.Task;
            return 0;
        });
        await entered.Task.WaitAsync(Long);
        return (first, new Release(release));
    }

    private sealed class Release(TaskCompletionSource release) : IDisposable
    {
        public void Dispose() => release.TrySetResult();
    }

    private async Task<string> InsertAsync(WriteScope write, string receiptNumber, CancellationToken cancellationToken)
    {
        write.Db.Applications.Add(TestData.NewApplication(receiptNumber, host.Clock.GetUtcNow()));
        await write.Db.SaveChangesAsync(cancellationToken);
        return receiptNumber;
    }

    private Task<List<string>> ReceiptNumbersAsync(string prefix) => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().Applications.AsNoTracking()
            .Where(a => a.ReceiptNumber.StartsWith(prefix)).Select(a => a.ReceiptNumber).OrderBy(n => n).ToListAsync());
}
