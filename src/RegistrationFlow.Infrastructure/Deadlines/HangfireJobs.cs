using Hangfire;
using Hangfire.States;

namespace RegistrationFlow.Infrastructure.Deadlines;

internal static class HangfireJobs
{
    /// <summary>States in which a job will still run (or is running).</summary>
    private static readonly HashSet<string> Live = new(StringComparer.OrdinalIgnoreCase)
    {
        ScheduledState.StateName, EnqueuedState.StateName, ProcessingState.StateName, AwaitingState.StateName,
    };

    public static bool IsLive(string? state) => state is not null && Live.Contains(state);

    /// <summary>The job's current state name, or null when the storage does not know the job (or the id is not one of its ids).</summary>
    public static string? StateOf(JobStorage storage, string? jobId)
    {
        if (string.IsNullOrWhiteSpace(jobId))
        {
            return null;
        }
        using var connection = storage.GetConnection();
        try
        {
            return connection.GetJobData(jobId)?.State;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }
}
