namespace RegistrationFlow.DeadlineBench;

/// <summary>Command-line options. Every set of deadlines is placed relative to the moment its rows are scheduled.</summary>
internal sealed record BenchOptions
{
    public int Spread { get; init; } = 1_000;
    public TimeSpan SpreadOver { get; init; } = TimeSpan.FromMinutes(2);
    public int Cliff { get; init; } = 10_000;
    /// <summary>How long after scheduling the first deadline of a set is due (scheduling must finish before it).</summary>
    public TimeSpan Lead { get; init; } = TimeSpan.FromSeconds(45);
    /// <summary>How long after its last due instant a set may take before the run gives up on it.</summary>
    public TimeSpan Patience { get; init; } = TimeSpan.FromSeconds(120);
    public string Synchronous { get; init; } = "FULL";
    public string Folder { get; init; } = Path.Combine(Path.GetTempPath(), "registrationflow-deadline-bench");

    public const string Usage = """
        Measures deadline punctuality on the real path: deadline rows on a SQLite file, fired by the deadline pump's
        Hangfire firing jobs on the real clock.

          dotnet run -c Release --project bench/RegistrationFlow.DeadlineBench -- [options]

          --spread N          deadlines spread evenly over --spread-over (default 1000; 0 skips the set)
          --spread-over S     seconds (default 120)
          --cliff N           deadlines due within the same second (default 10000; 0 skips the set)
          --lead S            seconds from scheduling a set to its first due instant (default 45)
          --patience S        seconds after a set's last due instant before giving up on it (default 120)
          --synchronous M     SQLite synchronous mode, NORMAL or FULL (default FULL)
          --folder PATH       where the fresh database goes (deleted first)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--spread" => options with { Spread = int.Parse(Next()) },
                "--spread-over" => options with { SpreadOver = TimeSpan.FromSeconds(double.Parse(Next())) },
                "--cliff" => options with { Cliff = int.Parse(Next()) },
                "--lead" => options with { Lead = TimeSpan.FromSeconds(double.Parse(Next())) },
                "--patience" => options with { Patience = TimeSpan.FromSeconds(double.Parse(Next())) },
                "--synchronous" => options with { Synchronous = Next() },
                "--folder" => options with { Folder = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n\n{Usage}"),
            };
        }
        return options;
    }
}
