namespace RegistrationFlow.Infrastructure.Deadlines;

/// <summary>
/// Acts on a deadline row when its job runs: re-reads the row and acts at most once, so an early, late, duplicate or
/// lost job does no harm. A job that runs before the row's due instant returns <see cref="DeadlineOutcome.TooEarly"/>
/// and the scheduler runs it again at the due instant.
/// </summary>
public interface IDeadlineHandler
{
    Task<DeadlineOutcome> HandleAsync(Guid deadlineId, CancellationToken cancellationToken);
}

public enum DeadlineOutcome
{
    Fired,
    AlreadyDone,
    TooEarly,
    NotFound,
}
