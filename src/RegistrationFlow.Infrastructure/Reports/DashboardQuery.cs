using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Core.Definitions;
using CoreDeadlineKind = RegistrationFlow.Core.Runtime.DeadlineKind;

namespace RegistrationFlow.Infrastructure.Reports;

public sealed record RangeTotals(int Received, int Accepted, int Registered, int RegisteredOnTime, int Overdue, int CertificatesReady, int HandedOver,
    int MissedByApplicant = 0)
{
    /// <summary>Registered by the due time / registered, the applicant's misses left out; null when nothing counts.</summary>
    public double? OnTimeRate => OnTime.Rate(RegisteredOnTime, Registered, MissedByApplicant);

    public static RangeTotals Of(IEnumerable<DailyReport> days)
    {
        var list = days.ToList();
        return new RangeTotals(list.Sum(d => d.Received), list.Sum(d => d.Accepted), list.Sum(d => d.Registered), list.Sum(d => d.RegisteredOnTime),
            list.Sum(d => d.Overdue), list.Sum(d => d.CertificatesReady), list.Sum(d => d.HandedOver), list.Sum(d => d.MissedByApplicant));
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
/// The managers' dashboard, the one read behind its page: its figures: each day's counts from the daily report query (the same as <c>/api/reports/daily</c>), and
/// what needs attention now (overdue, past the warning, ready for pick-up) from the application and deadline rows.
/// Everything is counted or aggregated by the database through indexes; the watch list holds the most urgent
/// <see cref="MaxWatch"/>, the tiles count them all.
/// </summary>
public sealed class DashboardQuery(DailyReportQuery reports, RegistrationDbContext db, WorkflowCatalog catalog, OverdueRule overdueRule)
{
    public const int MaxDays = 62;
    public const int MaxWatch = 100;

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
        var running = db.Applications.AsNoTracking().Where(a => Running.Contains(a.Status) && a.DueAt != null);
        var (inProgressOverdue, suspendedOverdue) = OverdueQueries.RunningOverdue(overdueRule, now);
        // At risk (OverdueRule.IsAtRisk): in progress, not overdue, and the latest warning instant has come.
        var atRisk = running.Where(a => a.Status == ApplicationStatuses.InProgress && !a.Overdue && a.DueAt >= now
            && db.Deadlines.Where(d => d.ApplicationId == a.Id && d.Kind == CoreDeadlineKind.Warning && d.State != DeadlineState.Cancelled)
                .OrderByDescending(d => d.CreatedAt).Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefault() <= now);
        var applications = db.Applications.AsNoTracking().Where(a => a.DueAt != null);
        var overdueNow = await applications.CountAsync(inProgressOverdue, cancellationToken)
                         + await applications.CountAsync(suspendedOverdue, cancellationToken);
        var atRiskNow = await atRisk.CountAsync(cancellationToken);

        var urgent = (await Urgent(applications.Where(inProgressOverdue)).ToListAsync(cancellationToken))
            .Concat(await Urgent(applications.Where(suspendedOverdue)).ToListAsync(cancellationToken))
            .Concat(await Urgent(atRisk).ToListAsync(cancellationToken))
            .DistinctBy(a => a.Id).OrderBy(a => a.DueAt).Take(MaxWatch).ToList();
        var ids = urgent.Select(a => a.Id).ToList();
        var warnings = (await db.Deadlines.AsNoTracking()
                .Where(d => ids.Contains(d.ApplicationId) && d.Kind == CoreDeadlineKind.Warning && d.State != DeadlineState.Cancelled)
                .Select(d => new { d.ApplicationId, d.DueAt, d.CreatedAt }).ToListAsync(cancellationToken))
            .GroupBy(d => d.ApplicationId).ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.CreatedAt).First().DueAt);
        var watch = urgent.Select(a =>
        {
            catalog.TryGet(a.WorkflowId, a.WorkflowVersion, out var entry);
            var definition = entry?.Definition;
            return new WatchItem(a.Id, a.ReceiptNumber, definition?.Title.ToText(a.WorkflowId) ?? LocalizedText.Of(a.WorkflowId, a.WorkflowId),
                // A branch that finished waits at the join: the work is where the other branch is.
                a.CurrentSteps.Where(s => definition?.Steps.FirstOrDefault(d => d.Id == s)?.Kind != StepKind.Join)
                    .Select(s => DefinitionTitles.StepTitle(definition, s)).ToList(), a.DueAt,
                warnings.TryGetValue(a.Id, out var warn) ? warn : null,
                overdueRule.IsOverdue(a.Status, a.Overdue, a.DueAt, a.WorkflowId, a.WorkflowVersion, now),
                a.Status == ApplicationStatuses.AwaitingSupplement);
        }).ToList();

        var ready = await db.Applications.AsNoTracking().CountAsync(a => a.Status == ApplicationStatuses.ReadyForPickup, cancellationToken);
        return new DashboardData(RangeTotals.Of([todayReport]), RangeTotals.Of(days), days, overdueNow, atRiskNow, ready, watch,
            await StepTimesAsync(days[0].From, days[^1].To, cancellationToken));
    }

    private sealed record UrgentRow(Guid Id, string ReceiptNumber, string WorkflowId, int WorkflowVersion, List<string> CurrentSteps,
        string Status, DateTimeOffset? DueAt, bool Overdue);

    private static IQueryable<UrgentRow> Urgent(IQueryable<Application> applications) => applications
        .OrderBy(a => a.DueAt).Take(MaxWatch)
        .Select(a => new UrgentRow(a.Id, a.ReceiptNumber, a.WorkflowId, a.WorkflowVersion, a.CurrentSteps, a.Status, a.DueAt, a.Overdue));

    /// <summary>
    /// Average time from entering a step to leaving it, for the visits that ended within the range: a person's step from
    /// its task (opened when the step is entered, closed when it is left), the wait for the certificate from the
    /// certificate (numbered at 登簿, ready when the wait ends). Aggregated by the database.
    /// </summary>
    private async Task<IReadOnlyList<StepTime>> StepTimesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var spans = new List<(string Step, double AverageTicks, int Count)>();
        if (RegistrationDbContext.StoresInstantsAsTicks(db.Database))
        {
            // Instants are stored as UTC ticks on SQLite, so the database can average the differences itself.
            var (fromTicks, toTicks) = (from.UtcTicks, to.UtcTicks);
            spans.AddRange((await db.Database.SqlQuery<StepSpan>($"""
                    SELECT "Step", COUNT(*) AS "Count", AVG("ClosedAt" - "CreatedAt") AS "AverageTicks"
                    FROM "WorkTasks" WHERE "ClosedAt" >= {fromTicks} AND "ClosedAt" < {toTicks} GROUP BY "Step"
                    """).ToListAsync(cancellationToken)).Select(s => (s.Step, s.AverageTicks, s.Count)));
            var certificate = await db.Database.SqlQuery<StepSpan>($"""
                    SELECT '' AS "Step", COUNT(*) AS "Count", COALESCE(AVG("ReadyAt" - "IssuedAt"), 0) AS "AverageTicks"
                    FROM "Certificates" WHERE "ReadyAt" >= {fromTicks} AND "ReadyAt" < {toTicks}
                    """).SingleAsync(cancellationToken);
            if (certificate.Count > 0) spans.Add((CertificateWait, certificate.AverageTicks, certificate.Count));
        }
        else
        {
            var tasks = await db.WorkTasks.AsNoTracking().Where(t => t.ClosedAt >= from && t.ClosedAt < to)
                .Select(t => new { t.Step, t.CreatedAt, t.ClosedAt }).ToListAsync(cancellationToken);
            spans.AddRange(tasks.GroupBy(t => t.Step).Select(g => (g.Key, g.Average(t => (double)(t.ClosedAt!.Value - t.CreatedAt).Ticks), g.Count())));
            var ready = await db.Certificates.AsNoTracking().Where(c => c.ReadyAt >= from && c.ReadyAt < to)
                .Select(c => new { c.IssuedAt, c.ReadyAt }).ToListAsync(cancellationToken);
            if (ready.Count > 0) spans.Add((CertificateWait, ready.Average(c => (double)(c.ReadyAt!.Value - c.IssuedAt).Ticks), ready.Count));
        }
        return spans
            .Select(s => new StepTime(StepTitle(s.Step), TimeSpan.FromTicks((long)s.AverageTicks), s.Count))
            .OrderByDescending(s => s.Average)
            .ToList();
    }

    private const string CertificateWait = "\0certificate";

    /// <summary>The step's title from a stored version that has it; the certificate wait is the step that waits for certificate-ready.</summary>
    private LocalizedText StepTitle(string step)
    {
        foreach (var entry in catalog.AllVersions.Reverse())
        {
            var found = step == CertificateWait
                ? entry.Definition.Steps.FirstOrDefault(s => s.Kind == StepKind.Wait)
                : entry.Definition.Steps.FirstOrDefault(s => s.Id == step);
            if (found is not null) return DefinitionTitles.StepTitle(entry.Definition, found.Id);
        }
        return step == CertificateWait ? LocalizedText.Of("缮证", "Certificate preparation") : LocalizedText.Of(step, step);
    }

    private sealed record StepSpan(string Step, int Count, double AverageTicks);
}
