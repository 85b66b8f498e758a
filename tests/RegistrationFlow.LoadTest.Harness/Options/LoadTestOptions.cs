namespace RegistrationFlow.LoadTest.Options;

/// <summary>What one run of the load generator does; built by <see cref="LoadTestArguments.Parse"/>.</summary>
public sealed record LoadTestOptions
{
    public const string DefaultPassword = "Demo-Pass-1";
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(30);

    /// <summary>The running instance; always a loopback address (see <see cref="LoopbackTarget"/>).</summary>
    public required Uri Url { get; init; }

    /// <summary>Concurrent virtual users.</summary>
    public int Users { get; init; } = 10;

    /// <summary>How long to run; null when <see cref="Lifecycles"/> bounds the run, or a backlog run is bounded by its counts.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>How many lifecycles to run in all (instead of a duration).</summary>
    public int? Lifecycles { get; init; }

    /// <summary>Target actions per second across all users (open-loop pacing); null runs as fast as the service answers.</summary>
    public double? Rate { get; init; }

    public LoadMode Mode { get; init; } = LoadMode.Lifecycle;

    /// <summary>Backlog mode: open applications (accepted, clock running: status in-progress) that should exist.</summary>
    public int Backlog { get; init; }

    /// <summary>Backlog mode: completed applications (handed over) that should exist.</summary>
    public int History { get; init; }

    /// <summary>Whether a lifecycle ends with the hand-over after certificate-ready (needs the training clock).</summary>
    public bool HandOver { get; init; } = true;

    /// <summary>How long a virtual user polls for ready-for-pickup after approval before it counts an error.</summary>
    public TimeSpan PickupTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan PickupPollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    public string Password { get; init; } = DefaultPassword;
}
