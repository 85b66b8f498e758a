namespace RegistrationFlow.Infrastructure.Deadlines;

/// <summary>
/// Runs a deadline row's job at its due instant. Called only after the transaction that wrote the row has committed;
/// the returned job id is stored on the row so the reconciler can tell a live job from a lost one.
/// </summary>
public interface IDeadlineScheduler
{
    string Schedule(Guid deadlineId, DateTimeOffset dueAt);

    /// <summary>Best effort: a job that still runs finds its row cancelled and does nothing.</summary>
    void Cancel(string jobId);

    /// <summary>Whether the job is still scheduled or queued (used by the reconciler).</summary>
    bool IsAlive(string jobId);
}
