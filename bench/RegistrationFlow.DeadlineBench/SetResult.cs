using System.Globalization;

namespace RegistrationFlow.DeadlineBench;

/// <summary>What one set of deadlines showed.</summary>
internal sealed record SetResult
{
    public required string Name { get; init; }
    public required int Count { get; init; }
    public required int Fired { get; init; }
    /// <summary>Rows whose recorded firing instant is before their due instant.</summary>
    public required int Early { get; init; }
    public required IReadOnlyList<double> LatenessMs { get; init; }
    /// <summary>From the set's first due instant to the last firing, when every row fired.</summary>
    public required TimeSpan? AllDoneAfter { get; init; }
    public required double SchedulingSeconds { get; init; }
    public required bool ScheduledLate { get; init; }
    /// <summary>Handler calls that acted (should equal the count: each deadline exactly once).</summary>
    public required int FiredOutcomes { get; init; }
    public required int FiredMoreThanOnce { get; init; }
    /// <summary>Handler calls that found the row already fired (a second job for the row: harmless by design).</summary>
    public required int DuplicateJobs { get; init; }
    public required int TooEarlyJobs { get; init; }
    public required int AuditRecords { get; init; }
    public required int ApplicationsWithMoreThanOneRecord { get; init; }

    public bool Complete => Fired == Count;
    public bool ExactlyOnce => FiredOutcomes == Count && FiredMoreThanOnce == 0 && ApplicationsWithMoreThanOneRecord == 0;

    public double Percentile(double p) => LatenessMs.Count == 0 ? double.NaN : LatenessMs[Math.Clamp((int)Math.Ceiling(p / 100 * LatenessMs.Count) - 1, 0, LatenessMs.Count - 1)];

    public string ResultLine => string.Create(CultureInfo.InvariantCulture,
        $"RESULT set={Name} count={Count} fired={Fired} early={Early} p50_ms={Percentile(50):0} p99_ms={Percentile(99):0} max_ms={Percentile(100):0} " +
        $"all_done_s={(AllDoneAfter is { } done ? done.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "n/a")} exactly_once={(ExactlyOnce ? "yes" : "no")}");

    public static void WriteTable(IReadOnlyList<SetResult> results, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| set | deadlines | fired | early | lateness p50 ms | p95 ms | p99 ms | max ms | all fired after first due | acted once each | duplicate jobs (no-ops) | audit records | scheduling s |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Count:N0} | {r.Fired:N0} | {r.Early} | {r.Percentile(50):0} | {r.Percentile(95):0} | {r.Percentile(99):0} | {r.Percentile(100):0} | " +
                $"{(r.AllDoneAfter is { } d ? $"{d.TotalSeconds:0.0} s" : "not all")} | {(r.ExactlyOnce ? "yes" : $"NO ({r.FiredOutcomes:N0} acts, {r.FiredMoreThanOnce} twice)")} | " +
                $"{r.DuplicateJobs:N0} | {r.AuditRecords:N0} | {r.SchedulingSeconds:0.0}{(r.ScheduledLate ? " (overran)" : "")} |"));
        }
    }
}
