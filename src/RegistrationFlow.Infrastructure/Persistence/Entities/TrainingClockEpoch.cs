namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>
/// The training clock's session, one row: the simulated instant it started from, the real instant that was, and the
/// rate. Every node (and a node after a restart) tells the time from it.
/// </summary>
public sealed class TrainingClockEpoch
{
    public const int SingletonId = 1;
    public int Id { get; set; }
    public DateTimeOffset SimulatedStart { get; set; }
    public DateTimeOffset RealStart { get; set; }
    public double Rate { get; set; }
}
