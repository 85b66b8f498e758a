namespace RegistrationFlow.Infrastructure.Time;

/// <summary>The training/demo clock (section "Clock"). Not allowed in Production.</summary>
public sealed class ClockSettings
{
    public const string Section = "Clock";

    /// <summary>The instant the simulated clock starts from; null starts from the real now.</summary>
    public DateTimeOffset? StartAt { get; set; }
    /// <summary>Simulated seconds per real second.</summary>
    public double Rate { get; set; } = 1;

    public bool IsTraining => StartAt is not null || Rate != 1;
}
