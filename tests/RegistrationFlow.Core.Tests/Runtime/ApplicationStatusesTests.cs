using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;

namespace RegistrationFlow.Core.Tests.Runtime;

public sealed class ApplicationStatusesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static InstanceState Running(InstanceClock clock) => new() { WorkflowId = "w", WorkflowVersion = 1, Clock = clock };

    [Fact]
    public void A_running_application_goes_from_received_through_in_progress_and_supplement_to_ready_for_pickup()
    {
        Assert.Equal(ApplicationStatuses.Received, ApplicationStatuses.Of(Running(new InstanceClock()), certificateReady: false));
        var accepted = new InstanceClock { AcceptedAt = Monday };
        Assert.Equal(ApplicationStatuses.InProgress, ApplicationStatuses.Of(Running(accepted), certificateReady: false));
        Assert.Equal(ApplicationStatuses.AwaitingSupplement,
            ApplicationStatuses.Of(Running(accepted with { PausedAt = Monday.AddHours(1) }), certificateReady: false));
        var registered = accepted with { PausedAt = Monday.AddHours(1), RegisteredAt = Monday.AddHours(3) };
        Assert.Equal(ApplicationStatuses.Registered, ApplicationStatuses.Of(Running(registered), certificateReady: false));
        Assert.Equal(ApplicationStatuses.ReadyForPickup, ApplicationStatuses.Of(Running(registered), certificateReady: true));
    }

    [Theory]
    [InlineData(EndOutcome.Completed, ApplicationStatuses.Completed)]
    [InlineData(EndOutcome.Refused, ApplicationStatuses.Refused)]
    [InlineData(EndOutcome.NotAccepted, ApplicationStatuses.NotAccepted)]
    [InlineData(EndOutcome.Withdrawn, ApplicationStatuses.Withdrawn)]
    public void An_ended_application_shows_its_outcome_whatever_its_clock_says(EndOutcome outcome, string status)
    {
        var ended = Running(new InstanceClock { AcceptedAt = Monday, RegisteredAt = Monday.AddHours(2) }) with
        {
            Status = InstanceStatus.Ended,
            Outcome = outcome,
        };
        Assert.Equal(status, ApplicationStatuses.Of(ended, certificateReady: true));
        Assert.Contains(status, ApplicationStatuses.All);
    }
}
