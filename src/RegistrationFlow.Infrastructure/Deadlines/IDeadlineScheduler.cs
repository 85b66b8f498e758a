namespace RegistrationFlow.Infrastructure.Deadlines;

/// <summary>
/// Runs a deadline row's job at its due instant. Called only after the transaction that wrote the row has committed;
/// the returned job id is stored on the row so the reconciler can tell a live job from a lost one.
/// </summary>
public interface IDeadlineScheduler
{
    /// <summary>
    /// How far ahead of its due instant a row gets a job. Most deadlines are cancelled hours before they fall due (a
    /// warning and a breach by every registration), so a row further off has none yet: the reconciler gives it one when
    /// it comes within the horizon, and the dispatcher runs it at its due instant in any case.
    /// </summary>
    TimeSpan Horizon { get; }

    /// <returns>The job's id, or null when <paramref name="dueAt"/> is beyond the <see cref="Horizon"/>.</returns>
    string? Schedule(Guid deadlineId, DateTimeOffset dueAt);

    /// <summary>Best effort: a job that still runs finds its row cancelled and does nothing.</summary>
    void Cancel(string jobId);

    /// <summary>Whether the job is still scheduled or queued (used by the reconciler).</summary>
    bool IsAlive(string jobId);
}
