namespace RegistrationFlow.Infrastructure.Deadlines;

/// <summary>How this node takes part in firing deadlines (section <c>Deadlines</c>).</summary>
public sealed class DeadlineSettings
{
    public const string Section = "Deadlines";

    /// <summary>
    /// Whether this node's pump looks for due deadlines. Every node's does by default; firing is safe on all of them at
    /// once. False leaves the firing to the other nodes' pumps (whose jobs any node's Hangfire server may still run).
    /// </summary>
    public bool Fire { get; set; } = true;

    /// <summary>How often (real seconds) the node looks for rows due that another node wrote.</summary>
    public double PollSeconds { get; set; } = 1;

    /// <summary>Rows fired side by side by one firing job.</summary>
    public int Parallelism { get; set; } = 16;

    /// <summary>Rows one firing job reads at a time.</summary>
    public int BatchSize { get; set; } = 500;

    public void Validate()
    {
        if (!(PollSeconds is > 0 and <= 60)) throw new InvalidOperationException("Deadlines:PollSeconds must be above 0 and at most 60.");
        if (Parallelism is < 1 or > 256) throw new InvalidOperationException("Deadlines:Parallelism must be between 1 and 256.");
        if (BatchSize is < 1 or > 10_000) throw new InvalidOperationException("Deadlines:BatchSize must be between 1 and 10000.");
    }
}
