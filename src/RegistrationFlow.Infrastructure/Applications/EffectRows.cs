using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>
/// The rows the engine's task and deadline effects stand for, built in one place for <see cref="EffectApplier"/> and the
/// bulk backlog writer, so the two cannot drift apart.
/// </summary>
public static class EffectRows
{
    public static WorkTask OpenTask(Guid applicationId, TaskOpened opened, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), ApplicationId = applicationId, Step = opened.StepId, CandidateRole = opened.Role,
        CreatedAt = now, DueAt = opened.DueAt, State = WorkTaskState.Open,
    };

    /// <summary>Closes the open task of the step, if there is one, and takes it out of <paramref name="openTasks"/>.</summary>
    public static WorkTask? CloseTask(List<WorkTask> openTasks, TaskClosed closed, string actor, DateTimeOffset now)
    {
        if (openTasks.FirstOrDefault(t => t.Step == closed.StepId) is not { } open)
        {
            return null;
        }
        open.State = WorkTaskState.Closed;
        open.ClosedAt = now;
        open.ClosedBy = actor;
        openTasks.Remove(open);
        return open;
    }

    public static Deadline NewDeadline(Guid applicationId, DeadlineScheduled scheduled, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), ApplicationId = applicationId, Kind = scheduled.Kind, DueAt = scheduled.DueAt,
        State = DeadlineState.Pending, CreatedAt = now,
    };

    /// <summary>
    /// The outbox row a notification becomes: roles are addressed by name, the applicant by the receipt number the sender
    /// looks the contact up with; <c>{receipt}</c> in the wording is filled here.
    /// </summary>
    public static OutboxNotification Notification(Application application, Notify notify, DateTimeOffset now)
    {
        var text = MessageDefaults.Fill(notify.Text, (Vocabulary.Messages.Receipt, application.ReceiptNumber));
        return new OutboxNotification
        {
            Id = Guid.NewGuid(),
            ApplicationId = application.Id,
            Audience = notify.Audience,
            Recipient = notify.Audience == Notify.Applicant ? application.ReceiptNumber : notify.Audience,
            Template = notify.Template,
            TextZhCn = text.ZhCn,
            TextEnUs = text.EnUs,
            CreatedAt = now,
        };
    }
}
