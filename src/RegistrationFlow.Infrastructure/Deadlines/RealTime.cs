using RegistrationFlow.Infrastructure.Time;

namespace RegistrationFlow.Infrastructure.Deadlines;

/// <summary>
/// Hangfire waits in real time; the product waits on its <see cref="TimeProvider"/>. Under the training clock a
/// simulated span lasts span / Clock:Rate real time.
/// </summary>
public static class RealTime
{
    public static TimeSpan Of(TimeProvider time, TimeSpan simulated) =>
        time is TrainingTimeProvider training ? training.ToReal(simulated) : simulated;
}
