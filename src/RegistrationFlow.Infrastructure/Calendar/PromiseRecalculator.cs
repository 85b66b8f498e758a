using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Calendar;

/// <summary>One promise of an open application that a calendar change moves (always later, never silently).</summary>
public sealed record PromiseChange(Guid ApplicationId, string ReceiptNumber, PromiseKind Kind, DateTimeOffset From, DateTimeOffset To);

/// <summary>An application whose promises move, with its clock as it will be.</summary>
public sealed record PlannedAdjustment(Guid ApplicationId, string ReceiptNumber, PromiseAdjustment Adjustment);

/// <summary>
/// Applies <see cref="PromiseKeeping"/> to the open applications whose promised instants fall in the changed years:
/// plans it (for a preview, nothing written) or carries it out inside a write unit — the new clock in the instance state
/// and its columns, the open tasks' due instant, the pending deadline rows moved (cancelled and written anew, so the
/// scheduler picks them up), a history record per application and a notice to the applicant.
/// </summary>
public sealed class PromiseRecalculator(WorkflowCatalog catalog)
{
    public const string AuditAction = "promise-moved";
    public const string NoticeTemplate = "promise-moved";

    private static readonly DeadlineKind[] PromiseDeadlines = [DeadlineKind.Breach, DeadlineKind.CertificateReady, DeadlineKind.SupplementExpiry];

    public async Task<IReadOnlyList<PlannedAdjustment>> PlanAsync(RegistrationDbContext db, IBusinessCalendar calendar,
        IReadOnlyCollection<int> years, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (years.Count == 0) return [];
        var from = LocalMidnight(calendar, years.Min());
        var to = LocalMidnight(calendar, years.Max() + 1);
        var ids = await db.Deadlines.AsNoTracking()
            .Where(d => d.State == DeadlineState.Pending && PromiseDeadlines.Contains(d.Kind) && d.DueAt >= from && d.DueAt < to)
            .Select(d => d.ApplicationId).Distinct().ToListAsync(cancellationToken);

        var planned = new List<PlannedAdjustment>();
        foreach (var chunk in ids.Chunk(500))
        {
            var applications = await db.Applications.AsNoTracking().Where(a => chunk.Contains(a.Id))
                .Select(a => new { a.Id, a.ReceiptNumber, a.WorkflowId, a.WorkflowVersion, a.InstanceState })
                .ToListAsync(cancellationToken);
            foreach (var application in applications)
            {
                if (!catalog.TryGet(application.WorkflowId, application.WorkflowVersion, out var workflow)) continue;
                var state = InstanceStateJson.Read(application.InstanceState);
                if (PromiseKeeping.Adjust(state.Clock, calendar, workflow.Definition.ServiceLevel, now) is { } adjustment)
                    planned.Add(new PlannedAdjustment(application.Id, application.ReceiptNumber, adjustment));
            }
        }
        return planned.OrderBy(p => p.ReceiptNumber, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<PromiseChange> ChangesOf(IEnumerable<PlannedAdjustment> plan) =>
        plan.SelectMany(p => p.Adjustment.Moves.Select(m => new PromiseChange(p.ApplicationId, p.ReceiptNumber, m.Kind, m.From, m.To))).ToList();

    /// <summary>Carries out a plan made inside the same write unit; returns the deadline rows for the scheduler.</summary>
    public async Task<DeadlineChanges> ApplyAsync(WriteScope write, IReadOnlyList<PlannedAdjustment> plan, StaffMember by, string? role,
        LocalizedText why, IBusinessCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = write.Db;
        var added = new List<Deadline>();
        foreach (var item in plan)
        {
            await write.LockApplicationAsync(item.ApplicationId, cancellationToken);
            var application = await db.Applications.SingleAsync(a => a.Id == item.ApplicationId, cancellationToken);
            var state = InstanceStateJson.Read(application.InstanceState);
            var clock = item.Adjustment.Clock;
            var moved = state with { Clock = clock, Revision = state.Revision + 1 };
            EffectApplier.Project(application, moved, application.Status == ApplicationStatuses.ReadyForPickup);
            await db.WorkTasks.Where(t => t.ApplicationId == application.Id && t.State == WorkTaskState.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, clock.IsRunning ? clock.DueAt : null), cancellationToken);

            var pending = await db.Deadlines.Where(d => d.ApplicationId == application.Id && d.State == DeadlineState.Pending).ToListAsync(cancellationToken);
            foreach (var move in item.Adjustment.Moves)
            {
                foreach (var (kind, at) in Rescheduled(move.Kind, clock))
                {
                    var old = pending.Where(d => d.Kind == kind).ToList();
                    if (old.Count == 0) continue; // fired already (a warning sent): nothing to move
                    foreach (var row in old) row.State = DeadlineState.Cancelled;
                    var replacement = EffectRows.NewDeadline(application.Id, new DeadlineScheduled(kind, at), now);
                    db.Deadlines.Add(replacement);
                    added.Add(replacement);
                }
            }

            var text = NoticeText(application.ReceiptNumber, item.Adjustment.Moves, calendar);
            await write.Audit.AppendAsync(new AuditEntry(by.UserName, role, AuditAction, application.Id,
                ApplicationService.StepsOf(application), ApplicationService.StepsOf(application),
                Detail: new
                {
                    reason = why.ZhCn,
                    message = ApplicationAuditActions.Message(text),
                    moves = item.Adjustment.Moves.Select(m => new { kind = KindWord(m.Kind), from = Local(calendar, m.From), to = Local(calendar, m.To) }),
                }), cancellationToken);
            db.OutboxNotifications.Add(new OutboxNotification
            {
                Id = Guid.NewGuid(), ApplicationId = application.Id, Audience = Notify.Applicant, Recipient = application.ReceiptNumber,
                Template = NoticeTemplate, TextZhCn = text.ZhCn, TextEnUs = text.EnUs, CreatedAt = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        return new DeadlineChanges(added);
    }

    public static string KindWord(PromiseKind kind) => kind switch
    {
        PromiseKind.Due => "dueAt",
        PromiseKind.CertificateReady => "certificateReadyAt",
        _ => "supplementExpiresAt",
    };

    /// <summary>The deadline rows a moved promise stands for: a due instant has its breach and (unsent) warning.</summary>
    private static IEnumerable<(DeadlineKind Kind, DateTimeOffset At)> Rescheduled(PromiseKind kind, InstanceClock clock)
    {
        switch (kind)
        {
            case PromiseKind.Due:
                yield return (DeadlineKind.Breach, clock.BreachAt!.Value);
                if (!clock.WarningSent && clock.WarningAt is { } warning) yield return (DeadlineKind.Warning, warning);
                break;
            case PromiseKind.CertificateReady:
                yield return (DeadlineKind.CertificateReady, clock.CertificateReadyAt!.Value);
                break;
            case PromiseKind.SupplementExpiry:
                yield return (DeadlineKind.SupplementExpiry, clock.SupplementExpiresAt!.Value);
                break;
        }
    }

    private static LocalizedText NoticeText(string receiptNumber, IReadOnlyList<PromiseMove> moves, IBusinessCalendar calendar)
    {
        string Zh(PromiseMove m) => $"{m.Kind switch { PromiseKind.Due => "办结时限", PromiseKind.CertificateReady => "领证时间", _ => "补正期限" }}由 {Local(calendar, m.From):yyyy-MM-dd HH:mm} 顺延至 {Local(calendar, m.To):yyyy-MM-dd HH:mm}";
        string En(PromiseMove m) => $"{m.Kind switch { PromiseKind.Due => "the due time", PromiseKind.CertificateReady => "the certificate pick-up time", _ => "the supplement deadline" }} moves from {Local(calendar, m.From):yyyy-MM-dd HH:mm} to {Local(calendar, m.To):yyyy-MM-dd HH:mm}";
        return LocalizedText.Of(
            $"因国务院放假安排，您的不动产登记（受理编号 {receiptNumber}）{string.Join("；", moves.Select(Zh))}。",
            $"Because of the State Council's holiday notice, for your registration (receipt {receiptNumber}) {string.Join("; ", moves.Select(En))}.");
    }

    private static DateTimeOffset Local(IBusinessCalendar calendar, DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, calendar.TimeZone);

    private static DateTimeOffset LocalMidnight(IBusinessCalendar calendar, int year)
    {
        var local = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local));
    }
}
