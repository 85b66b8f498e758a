using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Runtime;

/// <summary>Something the infrastructure must carry out, in order and in the same transaction as the new state.</summary>
public abstract record Effect;

/// <summary>A human step was entered: open a task for <paramref name="Role"/>.</summary>
public sealed record TaskOpened(string StepId, string Role, DateTimeOffset? DueAt) : Effect;

/// <summary>A human step was left (acted on, or closed because the instance ended).</summary>
public sealed record TaskClosed(string StepId) : Effect;

public sealed record DeadlineScheduled(DeadlineKind Kind, DateTimeOffset DueAt) : Effect;

public sealed record DeadlineCancelled(DeadlineKind Kind) : Effect;

/// <summary>受理: the service-level clock started.</summary>
public sealed record ClockStarted(DateTimeOffset AcceptedAt, DateTimeOffset DueAt) : Effect;

/// <summary>补正 requested: the clock stopped; <paramref name="Remaining"/> is the working time kept under <c>pause</c>.</summary>
public sealed record ClockSuspended(DateTimeOffset At, TimeSpan? Remaining) : Effect;

public sealed record ClockResumed(DateTimeOffset At, DateTimeOffset DueAt) : Effect;

/// <summary>登簿: registration is legally complete; a late one is <paramref name="MissedByApplicant"/> when an owed material caused it.</summary>
public sealed record RecordedInRegister(DateTimeOffset At, bool OnTime, bool MissedByApplicant = false) : Effect;

/// <summary>容缺受理: accepted with these materials owed, to be supplied by the end of <paramref name="PromisedBy"/>.</summary>
public sealed record MaterialsOwed(IReadOnlyList<string> Ids, DateOnly PromisedBy, DateTimeOffset DueAt) : Effect;

/// <summary>Owed materials arrived; <paramref name="StillOwed"/> lists what is still missing (empty: all supplied).</summary>
public sealed record OwedMaterialsSupplied(IReadOnlyList<string> Ids, IReadOnlyList<string> StillOwed, DateTimeOffset At) : Effect;

/// <summary>Allocate the next certificate number of this kind (never reused, no gaps).</summary>
public sealed record CertificateNumberRequested(CertificateKind Kind, DateTimeOffset At) : Effect;

public sealed record CertificateReady(DateTimeOffset At) : Effect;

/// <summary>发证: the certificate was handed to the applicant (<c>effects: [hand-over-certificate]</c>).</summary>
public sealed record CertificateHandedOver(DateTimeOffset At) : Effect;

/// <summary>
/// Tell <paramref name="Audience"/> (a role, or <see cref="Notify.Applicant"/>) something; <paramref name="Template"/> is
/// one of <see cref="NotifyTemplates"/>, <paramref name="Text"/> the definition's wording, with <c>{receipt}</c> left for
/// whoever writes the notification to fill.
/// </summary>
public sealed record Notify(string Audience, string Template, LocalizedText Text) : Effect
{
    public const string Applicant = "applicant";
}

public sealed record InstanceEnded(EndOutcome Outcome) : Effect;

public static class NotifyTemplates
{
    public const string DeadlineWarning = "deadline-warning";
    public const string DeadlineBreach = "deadline-breach";
    public const string ApplicantUpdate = "applicant-update";
    public const string SupplementExpired = "supplement-expired";
    public const string CertificateReady = "certificate-ready";
    public const string OwedMaterialReminder = "owed-material-reminder";
    public const string OwedMaterialOverdue = "owed-material-overdue";
}
