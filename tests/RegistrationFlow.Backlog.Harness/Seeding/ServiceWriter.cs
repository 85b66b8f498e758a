using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Backlog.Scenario;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Backlog.Seeding;

/// <summary>
/// Drives planned applications through the real <see cref="ApplicationService"/> (create, then each action as the planned
/// person) on the loader's clock, in time order across all plans, and fires every deadline through the real
/// <see cref="IDeadlineHandler"/> at its due instant as the clock passes it — a punctual scheduler. Every step is one
/// committed service transaction, with its audit record. Resumable: an application whose receipt number exists is not
/// created again, and actions its audit trail already records are skipped.
/// </summary>
public sealed class ServiceWriter(SeedingHost host)
{
    private const int DeadlineBatch = 256;
    private readonly Dictionary<(DateOnly Day, int Index), Guid> _ids = [];
    private long _deadlinesFired;

    public async Task<Progress> WriteAsync(string what, IReadOnlyList<PlannedApplication> plans, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var progress = new Progress(what, plans.Count);
        var done = await AlreadyDoneAsync(plans, cancellationToken);
        var events = plans
            .SelectMany(p => Enumerable.Range(-1, p.Actions.Count + 1).Select(step => (Plan: p, Step: step, At: step < 0 ? p.CreatedAt : p.Actions[step].At)))
            .Where(e => !done.TryGetValue((e.Plan.Day, e.Plan.Index), out var steps) || e.Step >= steps - 1)
            .OrderBy(e => e.At).ThenBy(e => e.Plan.Day).ThenBy(e => e.Plan.Index).ThenBy(e => e.Step)
            .ToList();
        progress.AlreadyThere(plans.Count(p => done.TryGetValue((p.Day, p.Index), out var steps) && steps == p.Actions.Count + 1));

        foreach (var (plan, step, at) in events)
        {
            await AdvanceToAsync(at, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<ApplicationService>();
            if (step < 0)
            {
                var created = await service.CreateAsync(plan.Command, plan.CreatedBy, cancellationToken);
                if (created is not CreateResult.Created { Application: var application })
                    throw new InvalidOperationException($"{plan.Day:yyyy-MM-dd} #{plan.Index} was not created: {created}");
                var expected = $"{host.Office.ReceiptPrefix}{plan.Day:yyyyMMdd}{plan.Index + 1:0000}";
                if (application.ReceiptNumber != expected)
                    throw new InvalidOperationException($"Receipt {application.ReceiptNumber} where the plan expects {expected}; was something else written on this day?");
                _ids[(plan.Day, plan.Index)] = application.Id;
            }
            else
            {
                var action = plan.Actions[step];
                var id = _ids[(plan.Day, plan.Index)];
                var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
                var version = await db.Applications.AsNoTracking().Where(a => a.Id == id).Select(a => a.RowVersion).SingleAsync(cancellationToken);
                var acted = await service.ActAsync(id, action.Action, version, action.Input, action.By, cancellationToken);
                if (acted is not ActResult.Done)
                    throw new InvalidOperationException($"{plan.Day:yyyy-MM-dd} #{plan.Index}: {action.Action} by {action.By.UserName} gave {acted}");
            }
            progress.Add(step == plan.Actions.Count - 1 ? 1 : 0, 1); // an application is done with its last planned step
            progress.Add(0, _deadlinesFired);
            _deadlinesFired = 0;
        }
        await AdvanceToAsync(until, cancellationToken);
        progress.Add(0, _deadlinesFired);
        Console.Error.WriteLine();
        return progress;
    }

    /// <summary>Moves the clock to <paramref name="instant"/>, firing each pending deadline due by then at its due instant.</summary>
    public async Task AdvanceToAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        if (instant <= host.Clock.GetUtcNow()) return;
        while (true)
        {
            List<(Guid Id, DateTimeOffset DueAt)> due;
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
                due = (await db.Deadlines.AsNoTracking()
                        .Where(d => d.State == DeadlineState.Pending && d.DueAt <= instant)
                        .OrderBy(d => d.DueAt).Take(DeadlineBatch)
                        .Select(d => new { d.Id, d.DueAt }).ToListAsync(cancellationToken))
                    .Select(d => (d.Id, d.DueAt)).ToList();
            }
            if (due.Count == 0) break;
            foreach (var (id, dueAt) in due)
            {
                if (dueAt > host.Clock.GetUtcNow()) host.Clock.Set(dueAt);
                await using var scope = host.Services.CreateAsyncScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<IDeadlineHandler>().HandleAsync(id, cancellationToken);
                if (outcome != DeadlineOutcome.Fired && outcome != DeadlineOutcome.AlreadyDone)
                    throw new InvalidOperationException($"Deadline {id} due {dueAt:O}: {outcome}");
                _deadlinesFired++;
            }
        }
        host.Clock.Set(instant);
    }

    /// <summary>For each planned application already stored: its id, and how many of its steps (creation included) the audit trail records.</summary>
    private async Task<Dictionary<(DateOnly, int), int>> AlreadyDoneAsync(IReadOnlyList<PlannedApplication> plans, CancellationToken cancellationToken)
    {
        var prefix = host.Office.ReceiptPrefix;
        var byReceipt = plans.ToDictionary(p => $"{prefix}{p.Day:yyyyMMdd}{p.Index + 1:0000}");
        var days = plans.Select(p => p.Day).Distinct().ToList();
        var done = new Dictionary<(DateOnly, int), int>();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
        foreach (var day in days)
        {
            var from = $"{prefix}{day:yyyyMMdd}";
            var to = $"{prefix}{day:yyyyMMdd}~";
            var stored = await db.Applications.AsNoTracking()
                .Where(a => string.Compare(a.ReceiptNumber, from) > 0 && string.Compare(a.ReceiptNumber, to) < 0)
                .Select(a => new
                {
                    a.Id, a.ReceiptNumber,
                    Steps = db.AuditRecords.Count(r => r.ApplicationId == a.Id && r.Actor != StaffMember.System.UserName
                                                       && r.Action != ApplicationAuditActions.Claimed),
                })
                .ToListAsync(cancellationToken);
            foreach (var row in stored)
            {
                if (!byReceipt.TryGetValue(row.ReceiptNumber, out var plan)) continue;
                _ids[(plan.Day, plan.Index)] = row.Id;
                done[(plan.Day, plan.Index)] = row.Steps;
            }
        }
        return done;
    }
}
