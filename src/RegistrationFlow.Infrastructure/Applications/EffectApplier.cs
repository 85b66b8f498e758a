using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Certificates;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>Deadline rows written, for the deadline pump once the transaction has committed.</summary>
public sealed record DeadlineChanges(IReadOnlyList<Deadline> Added)
{
    public static readonly DeadlineChanges None = new([]);
}

/// <summary>
/// Carries out the engine's effects on the tracked application inside the caller's transaction: the new state and its
/// denormalised columns, task rows, deadline rows, the certificate number and row, and outbox notifications.
/// The caller saves and commits.
/// </summary>
public sealed class EffectApplier(RegistrationDbContext db, CertificateNumberAllocator certificates)
{
    /// <param name="openTasks">
    /// The application's open task rows, tracked, when the caller has read them already (an action checks claims on them);
    /// null to read them here. A new application has none.
    /// </param>
    public async Task<DeadlineChanges> ApplyAsync(Application application, InstanceState state, IReadOnlyList<Effect> effects,
        string actor, DateTimeOffset now, CancellationToken cancellationToken, List<WorkTask>? openTasks = null, bool isNew = false)
    {
        openTasks ??= isNew ? [] : await OpenTasksAsync(application.Id, cancellationToken);
        List<Deadline>? stored = isNew ? [] : null; // the pending rows in the database, read at the first cancellation
        var added = new List<Deadline>();
        var certificateReady = application.Status == ApplicationStatuses.ReadyForPickup;
        Certificate? newCertificate = null;

        foreach (var effect in effects)
        {
            switch (effect)
            {
                case TaskOpened opened:
                    var task = EffectRows.OpenTask(application.Id, opened, now);
                    db.WorkTasks.Add(task);
                    openTasks.Add(task);
                    break;
                case TaskClosed closed:
                    EffectRows.CloseTask(openTasks, closed, actor, now);
                    break;
                case DeadlineScheduled scheduled:
                    var deadline = EffectRows.NewDeadline(application.Id, scheduled, now);
                    db.Deadlines.Add(deadline);
                    added.Add(deadline);
                    break;
                case DeadlineCancelled cancelled:
                    stored ??= await WriteQueries.PendingDeadlines(db, application.Id).ToListAsync(cancellationToken);
                    foreach (var row in stored.Concat(added).Where(d => d.Kind == cancelled.Kind && d.State == DeadlineState.Pending).ToList())
                    {
                        row.State = DeadlineState.Cancelled;
                        if (added.Remove(row)) db.Deadlines.Remove(row); // written and cancelled in one change: never stored
                    }
                    break;
                case CertificateNumberRequested requested:
                    var number = await certificates.AllocateAsync(requested.At, requested.Kind, cancellationToken);
                    newCertificate = new Certificate
                    {
                        Id = Guid.NewGuid(), Number = number.Number, Kind = number.Kind, Year = number.Year, Sequence = number.Sequence,
                        ApplicationId = application.Id, IssuedAt = requested.At,
                    };
                    db.Certificates.Add(newCertificate);
                    application.CertificateNumber = number.Number;
                    break;
                case CertificateReady ready:
                    certificateReady = true;
                    if (newCertificate is not null) newCertificate.ReadyAt = ready.At;
                    else await db.Certificates.Where(c => c.ApplicationId == application.Id && c.ReadyAt == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReadyAt, ready.At), cancellationToken);
                    break;
                case CertificateHandedOver handedOver:
                    await db.Certificates.Where(c => c.ApplicationId == application.Id && c.HandedOverAt == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.HandedOverAt, handedOver.At).SetProperty(c => c.HandedOverBy, actor), cancellationToken);
                    break;
                case Notify notify:
                    db.OutboxNotifications.Add(EffectRows.Notification(application, notify, now));
                    break;
            }
        }

        Project(application, state, certificateReady);
        foreach (var task in openTasks) task.DueAt = state.Clock.IsRunning ? state.Clock.DueAt : null;
        return new DeadlineChanges(added);
    }

    /// <summary>The application's open task rows, tracked.</summary>
    public Task<List<WorkTask>> OpenTasksAsync(Guid applicationId, CancellationToken cancellationToken) =>
        WriteQueries.OpenTasks(db, applicationId).ToListAsync(cancellationToken);

    /// <summary>Writes the state and the columns lists and reports filter on.</summary>
    public static void Project(Application application, InstanceState state, bool certificateReady)
    {
        var clock = state.Clock;
        application.InstanceState = InstanceStateJson.Write(state);
        application.CurrentSteps = state.Tokens.Select(t => t.StepId).Distinct().ToList();
        application.Status = ApplicationStatuses.Of(state, certificateReady);
        application.AcceptedAt = clock.AcceptedAt;
        application.DueAt = clock.DueAt;
        application.RegisteredAt = clock.RegisteredAt;
        application.CertificateReadyAt = clock.CertificateReadyAt;
        application.Overdue = clock.Overdue;
        application.MissedByApplicant = clock.MissedByApplicant;
    }
}
