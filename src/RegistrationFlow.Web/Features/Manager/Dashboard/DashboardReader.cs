using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Reports;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Web.Features.Casework;
using CoreDeadlineKind = RegistrationFlow.Core.Runtime.DeadlineKind;

namespace RegistrationFlow.Web.Features.Manager.Dashboard;

public sealed record RangeTotals(int Received, int Accepted, int Registered, int RegisteredOnTime, int Overdue, int CertificatesReady, int HandedOver)
{
    /// <summary>Registered by the due time / registered; null when nothing was registered.</summary>
    public double? OnTimeRate => Registered == 0 ? null : (double)RegisteredOnTime / Registered;

    public static RangeTotals Of(IEnumerable<DailyReport> days)
    {
        var list = days.ToList();
        return new RangeTotals(list.Sum(d => d.Received), list.Sum(d => d.Accepted), list.Sum(d => d.Registered), list.Sum(d => d.RegisteredOnTime),
            list.Sum(d => d.Overdue), list.Sum(d => d.CertificatesReady), list.Sum(d => d.HandedOver));
    }
}

/// <summary>
/// An application overdue or past its warning instant, still not registered, as <see cref="OverdueRule"/> judges it;
/// <paramref name="ClockSuspended"/> while it waits for a supplement (then it has no countdown).
/// </summary>
public sealed record WatchItem(Guid Id, string ReceiptNumber, LocalizedText Workflow, IReadOnlyList<LocalizedText> Steps,
    DateTimeOffset? DueAt, DateTimeOffset? WarnAt, bool Overdue, bool ClockSuspended);

public sealed record StepTime(LocalizedText Step, TimeSpan Average, int Count);

public sealed record DashboardData(
    RangeTotals Today, RangeTotals Range, IReadOnlyList<DailyReport> Days,
    int OverdueNow, int AtRiskNow, int ReadyNow, IReadOnlyList<WatchItem> Watch, IReadOnlyList<StepTime> StepTimes);

/// <summary>
/// The managers' figures: each day's counts from the daily report query (the same as <c>/api/reports/daily</c>), and
/// what needs attention now (overdue, past the warning, ready for pick-up) from the application and deadline rows.
/// </summary>
public sealed class DashboardReader(DailyReportQuery reports, RegistrationDbContext db, WorkflowCatalog catalog, OverdueRule overdueRule)
{
    public const int MaxDays = 62;

    private static readonly string[] Running =
        [ApplicationStatuses.Received, ApplicationStatuses.InProgress, ApplicationStatuses.AwaitingSupplement];

    public async Task<DashboardData> ReadAsync(DateOnly today, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (to < from) (from, to) = (to, from);
        if (to.DayNumber - from.DayNumber >= MaxDays) from = to.AddDays(-(MaxDays - 1));

        var days = new List<DailyReport>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            days.Add(await reports.ForAsync(day, cancellationToken));
        }
        var todayReport = from <= today && today <= to ? days.First(d => d.Date == today) : await reports.ForAsync(today, cancellationToken);

        var now = overdueRule.Now;
        var open = await db.Applications.AsNoTracking()
            .Where(a => Running.Contains(a.Status) && a.DueAt != null)
            .Select(a => new { a.Id, a.ReceiptNumber, a.WorkflowId, a.WorkflowVersion, a.CurrentSteps, a.Status, a.DueAt, a.Overdue })
            .ToListAsync(cancellationToken);
        var ids = open.Select(a => a.Id).ToList();
        var warnings = (await db.Deadlines.AsNoTracking()
                .Where(d => ids.Contains(d.ApplicationId) && d.Kind == CoreDeadlineKind.Warning && d.State != DeadlineState.Cancelled)
                .Select(d => new { d.ApplicationId, d.DueAt, d.CreatedAt }).ToListAsync(cancellationToken))
            .GroupBy(d => d.ApplicationId).ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.CreatedAt).First().DueAt);

        var watch = open
            .Select(a =>
            {
                var warn = warnings.TryGetValue(a.Id, out var w) ? w : (DateTimeOffset?)null;
                var overdue = overdueRule.IsOverdue(a.Status, a.Overdue, a.DueAt, a.WorkflowId, a.WorkflowVersion, now);
                return new { a, warn, overdue, atRisk = overdueRule.IsAtRisk(a.Status, a.Overdue, a.DueAt, warn, now) };
            })
            .Where(x => x.overdue || x.atRisk)
            .OrderBy(x => x.a.DueAt)
            .Select(x =>
            {
                catalog.TryGet(x.a.WorkflowId, x.a.WorkflowVersion, out var entry);
                var definition = entry?.Definition;
                return new WatchItem(x.a.Id, x.a.ReceiptNumber, definition?.Title.ToText(x.a.WorkflowId) ?? LocalizedText.Of(x.a.WorkflowId, x.a.WorkflowId),
                    x.a.CurrentSteps.Select(s => CaseFileReader.StepTitle(definition, s)).ToList(), x.a.DueAt, x.warn, x.overdue,
                    x.a.Status == ApplicationStatuses.AwaitingSupplement);
            }).ToList();

        var ready = await db.Applications.AsNoTracking().CountAsync(a => a.Status == ApplicationStatuses.ReadyForPickup, cancellationToken);
        return new DashboardData(RangeTotals.Of([todayReport]), RangeTotals.Of(days), days,
            watch.Count(w => w.Overdue), watch.Count(w => !w.Overdue), ready, watch,
            await StepTimesAsync(days[0].From, days[^1].To, cancellationToken));
    }

    /// <summary>Average time from entering a step to leaving it, for the steps left within the range (from the audit trail).</summary>
    private async Task<IReadOnlyList<StepTime>> StepTimesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var records = await db.AuditRecords.AsNoTracking()
            .Where(r => r.ApplicationId != null && r.Instant < to && (r.FromStep != null || r.ToStep != null))
            .OrderBy(r => r.Sequence)
            .Select(r => new { r.ApplicationId, r.Instant, r.FromStep, r.ToStep })
            .ToListAsync(cancellationToken);
        var apps = await db.Applications.AsNoTracking()
            .Select(a => new { a.Id, a.WorkflowId, a.WorkflowVersion }).ToDictionaryAsync(a => a.Id, cancellationToken);

        var spans = new Dictionary<(string Workflow, string Step), List<TimeSpan>>();
        foreach (var perApplication in records.GroupBy(r => r.ApplicationId!.Value))
        {
            var entered = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            var workflow = apps.TryGetValue(perApplication.Key, out var app) ? app.WorkflowId : "";
            foreach (var record in perApplication)
            {
                var left = Split(record.FromStep);
                var reached = Split(record.ToStep);
                foreach (var step in left.Where(s => !reached.Contains(s)))
                {
                    if (entered.Remove(step, out var since) && record.Instant >= from)
                    {
                        var key = (workflow, step);
                        if (!spans.TryGetValue(key, out var list)) spans[key] = list = [];
                        list.Add(record.Instant - since);
                    }
                }
                foreach (var step in reached.Where(s => !entered.ContainsKey(s)))
                {
                    entered[step] = record.Instant;
                }
            }
        }
        return spans
            .GroupBy(s => s.Key.Step)
            .Select(g =>
            {
                var all = g.SelectMany(x => x.Value).ToList();
                var any = apps.Values.FirstOrDefault(a => a.WorkflowId == g.First().Key.Workflow);
                catalog.TryGet(any?.WorkflowId ?? "", any?.WorkflowVersion ?? 0, out var entry);
                return new StepTime(CaseFileReader.StepTitle(entry?.Definition, g.Key), TimeSpan.FromTicks((long)all.Average(s => s.Ticks)), all.Count);
            })
            .OrderByDescending(s => s.Average)
            .ToList();
    }

    private static string[] Split(string? steps) => string.IsNullOrEmpty(steps) ? [] : steps.Split(',');
}
