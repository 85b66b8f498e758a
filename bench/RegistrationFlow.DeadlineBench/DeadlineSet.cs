using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.DeadlineBench;

/// <summary>
/// One set of warning deadlines, one per application: the rows are written and the product's <see cref="DeadlinePump"/>
/// is told of them (as after an action's commit); the pump and its Hangfire firing jobs do the rest. The run watches the
/// rows until every one has fired or patience runs out.
/// </summary>
internal static class DeadlineSet
{
    private const int Batch = 1_000;

    public static async Task<SetResult> RunAsync(IServiceProvider services, OutcomeLog outcomes, Application template, string name, int count,
        Func<int, DateTimeOffset, DateTimeOffset> dueAt, BenchOptions options)
    {
        var applications = new List<Guid>(count);
        var warningAt = DateTimeOffset.UtcNow;
        for (var start = 0; start < count; start += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
            var copies = Enumerable.Range(start, Math.Min(Batch, count - start)).Select(i => TemplateApplication.Copy(template, $"{name}-{i:00000}", warningAt)).ToList();
            db.Applications.AddRange(copies);
            await db.SaveChangesAsync();
            applications.AddRange(copies.Select(a => a.Id));
        }

        var createdAt = DateTimeOffset.UtcNow;
        var first = createdAt + options.Lead;
        var rows = applications.Select((applicationId, i) => new Deadline
        {
            Id = Guid.NewGuid(), ApplicationId = applicationId, Kind = DeadlineKind.Warning, DueAt = dueAt(i, first),
            State = DeadlineState.Pending, CreatedAt = createdAt, RowVersion = 1,
        }).ToList();
        var scheduling = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
            foreach (var chunk in rows.Chunk(Batch))
            {
                db.Deadlines.AddRange(chunk);
                await db.SaveChangesAsync();
            }
            scope.ServiceProvider.GetRequiredService<DeadlinePump>().Expect(new DeadlineChanges(rows));
        }
        scheduling.Stop();
        var scheduledBy = DateTimeOffset.UtcNow;
        Console.WriteLine($"{name}: {count} deadlines from {first:HH:mm:ss.fff} to {rows.Max(r => r.DueAt):HH:mm:ss.fff} UTC; " +
                          $"rows written in {scheduling.Elapsed.TotalSeconds:0.0} s" +
                          (scheduledBy > first ? $" — {(scheduledBy - first).TotalSeconds:0.0} s AFTER the first due instant" : ""));

        var last = rows.Max(r => r.DueAt);
        var giveUpAt = last + options.Patience;
        var ids = rows.Select(r => r.Id).ToHashSet();
        int fired;
        do
        {
            await Task.Delay(250);
            await using var scope = services.CreateAsyncScope();
            fired = await scope.ServiceProvider.GetRequiredService<RegistrationDbContext>().Deadlines.AsNoTracking()
                .CountAsync(d => d.CreatedAt == createdAt && d.State == DeadlineState.Fired);
            Console.Error.Write($"\r{name}: {fired}/{count} fired, {(DateTimeOffset.UtcNow - first).TotalSeconds,6:0.0} s after the first due instant  ");
        }
        while (fired < count && DateTimeOffset.UtcNow < giveUpAt);
        Console.Error.WriteLine();
        await Task.Delay(TimeSpan.FromSeconds(2)); // let stragglers (duplicate jobs) finish, so they are counted

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
            var stored = await db.Deadlines.AsNoTracking().Where(d => d.CreatedAt == createdAt)
                .Select(d => new { d.Id, d.DueAt, d.FiredAt, d.State }).ToListAsync();
            var audits = await db.AuditRecords.AsNoTracking()
                .Where(r => r.Action == ApplicationAuditActions.DeadlineWarning && r.ApplicationId != null)
                .GroupBy(r => r.ApplicationId).Select(g => new { ApplicationId = g.Key!.Value, Count = g.Count() }).ToListAsync();
            var inSet = applications.ToHashSet();
            var auditCounts = audits.Where(a => inSet.Contains(a.ApplicationId)).Select(a => a.Count).ToList();
            return new SetResult
            {
                Name = name,
                Count = count,
                Fired = stored.Count(d => d.State == DeadlineState.Fired),
                Early = stored.Count(d => d.FiredAt < d.DueAt),
                LatenessMs = stored.Where(d => d.FiredAt is not null).Select(d => (d.FiredAt!.Value - d.DueAt).TotalMilliseconds).Order().ToList(),
                AllDoneAfter = stored.All(d => d.FiredAt is not null) ? stored.Max(d => d.FiredAt!.Value) - stored.Min(d => d.DueAt) : null,
                SchedulingSeconds = scheduling.Elapsed.TotalSeconds,
                ScheduledLate = scheduledBy > first,
                FiredOutcomes = ids.Sum(id => outcomes.Count(id, DeadlineOutcome.Fired)),
                FiredMoreThanOnce = ids.Count(id => outcomes.Count(id, DeadlineOutcome.Fired) > 1),
                DuplicateJobs = ids.Sum(id => outcomes.Count(id, DeadlineOutcome.AlreadyDone)),
                TooEarlyJobs = ids.Sum(id => outcomes.Count(id, DeadlineOutcome.TooEarly)),
                AuditRecords = auditCounts.Sum(),
                ApplicationsWithMoreThanOneRecord = auditCounts.Count(c => c > 1),
            };
        }
    }
}
