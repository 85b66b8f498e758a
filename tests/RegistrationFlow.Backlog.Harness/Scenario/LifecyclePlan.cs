using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;

namespace RegistrationFlow.Backlog.Scenario;

/// <summary>One action a person takes on an application at a given instant (kept in UTC, as the service's clock reads).</summary>
public sealed record PlannedAction(DateTimeOffset At, string Action, StaffMember By, ActionInput Input)
{
    public DateTimeOffset At { get; init; } = At.ToUniversalTime();
}

/// <summary>
/// One application of the backlog: the <see cref="Index"/>-th received on <see cref="Day"/> (so its receipt number is
/// that day's number <c>Index + 1</c>), its intake, and the actions people take on it in time order. Deadlines are not
/// planned: they fire on their own when the clock passes them, as the service's scheduler fires them.
/// </summary>
public sealed record PlannedApplication(
    DateOnly Day, int Index, DateTimeOffset CreatedAt, StaffMember CreatedBy, IntakeCommand Command, IReadOnlyList<PlannedAction> Actions)
{
    public DateTimeOffset LastInstant => Actions.Count == 0 ? CreatedAt : Actions[^1].At;
}
