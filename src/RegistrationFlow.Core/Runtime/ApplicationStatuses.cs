using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Runtime;

/// <summary>
/// The application's status as staff and applicants see it, stored beside the instance state so lists can filter on it.
/// While the instance runs: received → in-progress (⇄ awaiting-supplement) → registered → ready-for-pickup; when it
/// ends, its outcome: completed, refused, not-accepted or withdrawn.
/// </summary>
public static class ApplicationStatuses
{
    /// <summary>Started at the counter, not yet accepted (受理): the service-level clock has not started.</summary>
    public const string Received = "received";
    /// <summary>Accepted; the clock runs.</summary>
    public const string InProgress = "in-progress";
    /// <summary>补正: waiting for materials; the clock is paused or will restart.</summary>
    public const string AwaitingSupplement = "awaiting-supplement";
    /// <summary>登簿 done; the certificate is being prepared.</summary>
    public const string Registered = "registered";
    /// <summary>The certificate is ready at the counter.</summary>
    public const string ReadyForPickup = "ready-for-pickup";
    public const string Completed = "completed";
    public const string Refused = "refused";
    public const string NotAccepted = "not-accepted";
    public const string Withdrawn = "withdrawn";

    public static readonly IReadOnlyList<string> All =
        [Received, InProgress, AwaitingSupplement, Registered, ReadyForPickup, Completed, Refused, NotAccepted, Withdrawn];

    public static string Of(InstanceState state, bool certificateReady)
    {
        if (state.IsEnded)
        {
            return state.Outcome switch
            {
                EndOutcome.Refused => Refused,
                EndOutcome.NotAccepted => NotAccepted,
                EndOutcome.Withdrawn => Withdrawn,
                _ => Completed,
            };
        }
        var clock = state.Clock;
        if (clock.RegisteredAt is not null) return certificateReady ? ReadyForPickup : Registered;
        if (clock.IsPaused) return AwaitingSupplement;
        return clock.AcceptedAt is null ? Received : InProgress;
    }
}
