using System.Globalization;

namespace RegistrationFlow.Backlog;

/// <summary>The command line: <c>seed</c> (load a backlog into a database file) or <c>measure</c> (time queries over HTTP).</summary>
public sealed record BacklogOptions
{
    public const string Usage = """
        RegistrationFlow backlog: load open and completed applications into a database, and time the read queries.

          seed     --db PATH [--completed N] [--open N] [--open-days D] [--today yyyy-MM-dd]
                   [--completed-via bulk|service] [--open-via service|bulk] [--batch N]
              Writes the plan of BacklogScenario into the SQLite file PATH (created and migrated when missing). Completed
              applications are spread over the calendar's working days before the open period; open ones over the last D
              working days up to --today (default 20 days up to 2026-11-27). "service" drives ApplicationService and the
              deadline handler one transaction per step; "bulk" runs the same engine in memory and inserts batches of
              --batch lifecycles (default 2000) per transaction. Resumable: run again with the same options. Prints the
              rate, and as its last line `CLOCK <instant>`: the product clock to start the service at (also written to PATH.clock).

          measure  --url URL [--rounds N] [--warmup N]
              Signs in as the demo users and times each read query N times (default 50) after N warm-up rounds (default 5);
              prints p50/p95/max per query and a RESULT line.
        """;

    public string Command { get; init; } = "";
    public string? Database { get; init; }
    public int Completed { get; init; }
    public int Open { get; init; }
    public int OpenDays { get; init; } = 20;
    public DateOnly Today { get; init; } = new(2026, 11, 27);
    public string CompletedVia { get; init; } = "bulk";
    public string OpenVia { get; init; } = "service";
    public int Batch { get; init; } = 2000;
    public string Url { get; init; } = "http://127.0.0.1:5090";
    public int Rounds { get; init; } = 50;
    public int Warmup { get; init; } = 5;

    public static BacklogOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help") return new BacklogOptions { Command = "help" };
        var options = new BacklogOptions { Command = args[0] };
        for (var i = 1; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            int Number() => int.Parse(Value(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            options = name switch
            {
                "--db" => options with { Database = Value() },
                "--completed" => options with { Completed = Number() },
                "--open" => options with { Open = Number() },
                "--open-days" => options with { OpenDays = Number() },
                "--today" => options with { Today = DateOnly.ParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture) },
                "--completed-via" => options with { CompletedVia = Via(Value()) },
                "--open-via" => options with { OpenVia = Via(Value()) },
                "--batch" => options with { Batch = Number() },
                "--url" => options with { Url = Value() },
                "--rounds" => options with { Rounds = Number() },
                "--warmup" => options with { Warmup = Number() },
                _ => throw new ArgumentException($"Unknown option {name}. Run with --help."),
            };
        }
        return options;
    }

    private static string Via(string value) => value is "bulk" or "service" ? value : throw new ArgumentException($"'{value}' is not bulk or service.");
}
