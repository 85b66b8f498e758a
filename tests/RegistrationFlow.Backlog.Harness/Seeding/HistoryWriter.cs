using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RegistrationFlow.Backlog.Scenario;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Certificates;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Search;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Backlog.Seeding;

/// <summary>
/// Writes planned applications with the <see cref="LifecycleSimulator"/>: each whole lifecycle is computed in memory by
/// the real engine, and a batch of lifecycles is inserted in one transaction together with the counters and the audit
/// chain head. Resumable: a day's receipt counter says how many of its applications are already stored, and a batch
/// commits its rows and counters together.
/// </summary>
public sealed class HistoryWriter(SeedingHost host, int batchSize)
{
    public async Task<Progress> WriteAsync(string what, IReadOnlyList<DateOnly> days, Func<int, int> countOn, Func<int, int, PlannedApplication> plan,
        Func<PlannedApplication, DateTimeOffset> until, CancellationToken cancellationToken)
    {
        var total = Enumerable.Range(0, days.Count).Sum(k => (long)countOn(k));
        var progress = new Progress(what, total);
        var pending = new List<PlannedApplication>(batchSize);
        for (var k = 0; k < days.Count; k++)
        {
            var stored = await StoredOnAsync(days[k], cancellationToken);
            var count = countOn(k);
            progress.AlreadyThere(Math.Min(stored, count));
            for (var i = stored; i < count; i++)
            {
                pending.Add(plan(k, i));
                if (pending.Count >= batchSize)
                {
                    await WriteBatchAsync(pending, until, cancellationToken);
                    progress.Add(pending.Count);
                    pending.Clear();
                }
            }
        }
        if (pending.Count > 0)
        {
            await WriteBatchAsync(pending, until, cancellationToken);
            progress.Add(pending.Count);
        }
        Console.Error.WriteLine();
        return progress;
    }

    /// <summary>How many applications the day's receipt counter has numbered.</summary>
    private async Task<int> StoredOnAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
        var next = await db.ReceiptCounters.AsNoTracking().Where(c => c.Day == day).Select(c => (long?)c.NextValue).SingleOrDefaultAsync(cancellationToken);
        return (int)((next ?? 1) - 1);
    }

    private async Task WriteBatchAsync(IReadOnlyList<PlannedApplication> plans, Func<PlannedApplication, DateTimeOffset> until, CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<RegistrationDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var simulator = new LifecycleSimulator(services.GetRequiredService<WorkflowCatalog>(), services.GetRequiredService<WorkflowEngine>(),
            services.GetRequiredService<ICertificateNumberFormatter>(), services.GetRequiredService<IOptions<OfficeSettings>>().Value);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Random GUID keys touch pages all over the indexes: a larger page cache for this connection keeps them in memory.
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-262144", cancellationToken);
        var counters = await BulkCounters.ReadAsync(db, cancellationToken);
        var rows = new BulkRows();
        foreach (var plan in plans)
        {
            var expected = plan.Index + 1;
            simulator.Run(plan, until(plan), day =>
            {
                var next = counters.NextReceipt(db, day);
                if (next != expected && day == plan.Day)
                    throw new InvalidOperationException($"{day:yyyy-MM-dd}: receipt {next} where the plan expects {expected}; was something else written on this day?");
                return next;
            }, counters, rows);
        }
        rows.AddTo(db, services.GetRequiredService<SearchIndexKey>());
        await db.SaveChangesAsync(cancellationToken);
        await counters.WriteAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
