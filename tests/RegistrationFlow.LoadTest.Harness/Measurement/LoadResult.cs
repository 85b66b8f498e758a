using RegistrationFlow.LoadTest.Options;

namespace RegistrationFlow.LoadTest.Measurement;

/// <summary>The figures of one finished run.</summary>
public sealed record LoadResult
{
    public required LoadMode Mode { get; init; }
    public required int Users { get; init; }
    public double? TargetRate { get; init; }
    public required TimeSpan Elapsed { get; init; }
    public required long Actions { get; init; }
    public required long Lifecycles { get; init; }
    public required long Errors { get; init; }
    public long LateStarts { get; init; }
    public required LatencySummary Latency { get; init; }
    public required IReadOnlyList<(string Action, LatencySummary Latency)> ByAction { get; init; }
    public required IReadOnlyList<(string Kind, long Count, string Example)> ErrorKinds { get; init; }

    /// <summary>Backlog mode: what existed before the run and what it added.</summary>
    public BacklogFigures? Backlog { get; init; }

    public double ActionsPerSecond => PerSecond(Actions);
    public double LifecyclesPerSecond => PerSecond(Lifecycles);

    public string ResultLine => Measurement.ResultLine.Format(ActionsPerSecond, LifecyclesPerSecond, Latency.P50, Latency.P95, Latency.P99, Errors);

    private double PerSecond(long count) => Elapsed > TimeSpan.Zero ? count / Elapsed.TotalSeconds : 0;
}

public sealed record BacklogFigures(long OpenBefore, long CompletedBefore, long OpenAdded, long CompletedAdded, long OpenTarget, long CompletedTarget);
