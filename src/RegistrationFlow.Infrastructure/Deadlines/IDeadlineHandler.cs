namespace RegistrationFlow.Infrastructure.Deadlines;

/// <summary>
/// Fires one deadline row: re-reads it and acts at most once, so a duplicate or late call does no harm. A call before
/// the row's due instant returns <see cref="DeadlineOutcome.TooEarly"/> and changes nothing.
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
