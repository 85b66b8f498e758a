using System.Globalization;
using RegistrationFlow.LoadTest.Measurement;
using RegistrationFlow.LoadTest.Options;

namespace RegistrationFlow.LoadTest.Reporting;

/// <summary>The summary table and, as the very last line, the RESULT line.</summary>
public static class LoadReport
{
    public static void Write(LoadResult result, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        var pacing = result.TargetRate is { } rate
            ? string.Create(c, $", target {rate:0.#} actions/s ({result.LateStarts} actions started > {Running.RatePacer.LateThreshold.TotalMilliseconds:0} ms after their slot)")
            : ", unpaced";
        output.WriteLine(string.Create(c, $"mode {result.Mode.ToString().ToLowerInvariant()}, {result.Users} virtual users, {result.Elapsed.TotalSeconds:0.0} s{pacing}"));
        output.WriteLine(string.Create(c, $"actions {result.Actions} ({result.ActionsPerSecond:0.0}/s), lifecycles {result.Lifecycles} ({result.LifecyclesPerSecond:0.00}/s), errors {result.Errors}"));

        if (result.Backlog is { } b)
        {
            output.WriteLine();
            output.WriteLine("| backlog | before | added | target |");
            output.WriteLine("|---|---:|---:|---:|");
            output.WriteLine(string.Create(c, $"| open (accepted) | {b.OpenBefore} | {b.OpenAdded} | {b.OpenTarget} |"));
            output.WriteLine(string.Create(c, $"| completed | {b.CompletedBefore} | {b.CompletedAdded} | {b.CompletedTarget} |"));
        }

        output.WriteLine();
        output.WriteLine("| action | count | p50 ms | p95 ms | p99 ms | max ms | mean ms |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (action, l) in result.ByAction.Append(("all", result.Latency)))
            output.WriteLine(string.Create(c, $"| {action} | {l.Count} | {l.P50:0.00} | {l.P95:0.00} | {l.P99:0.00} | {l.Max:0.00} | {l.Mean:0.00} |"));

        if (result.ErrorKinds.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| error | count | example |");
            output.WriteLine("|---|---:|---|");
            foreach (var (kind, count, example) in result.ErrorKinds)
                output.WriteLine(string.Create(c, $"| {kind} | {count} | {example.Replace('|', '/')} |"));
        }

        output.WriteLine();
        output.WriteLine(result.ResultLine);
    }
}
