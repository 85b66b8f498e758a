namespace RegistrationFlow.Core.Definitions;

/// <summary>
/// The promise made to the applicant: when the registration is complete (登簿) and when the certificate is ready.
/// Every figure here is data a manager tunes per workflow.
/// </summary>
public sealed record ServiceLevelSpec
{
    public required CompletionRule Complete { get; init; }
    /// <summary>Same-day cut-off in office local time: accepted at or before it on a working day → due that day's closing.</summary>
    public TimeOnly CutOff { get; init; } = new(16, 0);
    public CertificateReadyRule CertificateReady { get; init; } = CertificateReadyRule.NextWorkingDayOpen;
    public TimeSpan WarnBefore { get; init; } = TimeSpan.FromMinutes(60);
    public SupplementClock OnSupplement { get; init; } = SupplementClock.Restart;
    /// <summary>Working days the applicant has to supply materials before the application counts as withdrawn; null for no limit.</summary>
    public int? SupplementWithinWorkingDays { get; init; }
    public SourceLocation Location { get; init; } = SourceLocation.Unknown;
}

public enum CompletionKind { SameDay, WorkingDays }

/// <summary><c>same-day</c> (with the cut-off) or <c>{ working-days: N }</c>.</summary>
public sealed record CompletionRule(CompletionKind Kind, int WorkingDays)
{
    public static readonly CompletionRule SameDay = new(CompletionKind.SameDay, 0);
    public static CompletionRule InWorkingDays(int days) => new(CompletionKind.WorkingDays, days);
}

public enum CertificateReadyRule
{
    /// <summary>次日领证: ready at the opening time of the next working day after registration.</summary>
    NextWorkingDayOpen,
    /// <summary>Ready as soon as it is registered.</summary>
    Immediately,
    /// <summary>No certificate is issued.</summary>
    None,
}

/// <summary>What a request for supplement (补正) does to the clock.</summary>
public enum SupplementClock
{
    /// <summary>Time waiting for materials is not counted; the remaining working time carries over.</summary>
    Pause,
    /// <summary>The clock starts again from the moment the materials arrive.</summary>
    Restart,
}
