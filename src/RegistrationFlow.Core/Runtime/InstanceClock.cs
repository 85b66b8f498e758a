using System.Text.Json.Serialization;

namespace RegistrationFlow.Core.Runtime;

/// <summary>
/// The service-level clock of one application: accepted (受理) → due, paused while waiting for supplements (补正),
/// stopped by registration (登簿). Every instant here was computed by the business calendar.
/// </summary>
public sealed record InstanceClock
{
    public DateTimeOffset? AcceptedAt { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset? WarningAt { get; init; }
    public DateTimeOffset? PausedAt { get; init; }
    /// <summary>Under <c>pause</c>: the working time that was left when the clock stopped; null when none was left.</summary>
    public TimeSpan? RemainingWhilePaused { get; init; }
    public DateTimeOffset? SupplementExpiresAt { get; init; }
    public bool WarningSent { get; init; }
    public bool Overdue { get; init; }
    public DateTimeOffset? RegisteredAt { get; init; }
    public DateTimeOffset? CertificateReadyAt { get; init; }
    /// <summary>
    /// The due instant was missed because of the applicant: a 容缺 material was still owed when it passed, or arrived
    /// after it. Such a miss is the applicant's and does not count against the centre's on-time rate.
    /// </summary>
    public bool MissedByApplicant { get; init; }

    /// <summary>Accepted, not paused, not yet registered: warning and breach deadlines are pending.</summary>
    [JsonIgnore] public bool IsRunning => AcceptedAt is not null && PausedAt is null && RegisteredAt is null;

    [JsonIgnore] public bool IsPaused => PausedAt is not null && RegisteredAt is null;

    /// <summary>Registered at or before the due instant.</summary>
    [JsonIgnore] public bool? RegisteredOnTime => RegisteredAt is { } at ? DueAt is null || at <= DueAt : null;

    /// <summary>The breach deadline fires one second after due: registration at the due instant itself is on time.</summary>
    [JsonIgnore] public DateTimeOffset? BreachAt => DueAt?.AddSeconds(1);
}
