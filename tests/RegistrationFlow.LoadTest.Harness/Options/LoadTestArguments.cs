using System.Globalization;

namespace RegistrationFlow.LoadTest.Options;

/// <summary>Reads the command line into <see cref="LoadTestOptions"/>; every problem is reported, not just the first.</summary>
public static class LoadTestArguments
{
    public const string Usage = """
        RegistrationFlow load generator: drives a running instance over HTTP with the demo users.

          --url URL              the instance (loopback only: localhost, 127.0.0.1, ::1)        required
          --users N              concurrent virtual users                                        default 10
          --duration SECONDS     run for this long                                                default 30 (lifecycle mode)
          --lifecycles N         run this many lifecycles instead of a duration
          --rate N               target actions per second in all (open-loop pacing)             default: as fast as possible
          --mode lifecycle|backlog                                                                default lifecycle
          --backlog N            backlog mode: open applications (accepted) that should exist
          --history N            backlog mode: completed applications that should exist
          --no-handover          end each lifecycle at approval (the service runs without the training clock)
          --pickup-timeout SECONDS  how long to wait for ready-for-pickup after approval         default 60
          --password TEXT        the demo users' password                                         default Demo-Pass-1

        A lifecycle is create, accept, pass, approve and (with the training clock) hand-over: five actions.
        The last line printed is:
          RESULT actions_per_s=<n> lifecycles_per_s=<n> p50_ms=<n> p95_ms=<n> p99_ms=<n> errors=<n>
        """;

    public const int MaxBacklog = 1_000_000;
    public const int MaxHistory = 10_000_000;

    public static ParsedArguments Parse(IReadOnlyList<string> args)
    {
        var errors = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var help = false;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help" or "-?")
            {
                help = true;
                continue;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                errors.Add($"Unexpected argument '{arg}'.");
                continue;
            }
            var name = arg[2..];
            string? value = null;
            var equals = name.IndexOf('=');
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            if (Flags.Contains(name))
            {
                if (value is not null) errors.Add($"--{name} takes no value.");
                flags.Add(name);
                continue;
            }
            if (!Valued.Contains(name))
            {
                errors.Add($"Unknown option --{name}.");
                continue;
            }
            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    errors.Add($"--{name} needs a value.");
                    continue;
                }
                value = args[++i];
            }
            if (!values.TryAdd(name, value)) errors.Add($"--{name} is given more than once.");
        }

        if (help) return new ParsedArguments(null, [], ShowHelp: true);

        Uri? url = null;
        if (!values.TryGetValue("url", out var urlText)) errors.Add("--url is required.");
        else if (!LoopbackTarget.TryCreate(urlText, out url, out var urlError)) errors.Add(urlError!);

        var users = Integer(values, "users", 1, 10_000, errors) ?? 10;
        var durationSeconds = Number(values, "duration", 0.1, 7 * 24 * 3600, errors);
        var lifecycles = Integer(values, "lifecycles", 1, int.MaxValue, errors);
        var rate = Number(values, "rate", 0.1, 1_000_000, errors);
        var backlog = Integer(values, "backlog", 0, MaxBacklog, errors) ?? 0;
        var history = Integer(values, "history", 0, MaxHistory, errors) ?? 0;
        var pickupSeconds = Number(values, "pickup-timeout", 0.1, 24 * 3600, errors) ?? 60;

        var mode = LoadMode.Lifecycle;
        if (values.TryGetValue("mode", out var modeText))
        {
            switch (modeText.ToLowerInvariant())
            {
                case "lifecycle": mode = LoadMode.Lifecycle; break;
                case "backlog": mode = LoadMode.Backlog; break;
                default: errors.Add($"--mode must be lifecycle or backlog, not '{modeText}'."); break;
            }
        }

        if (durationSeconds is not null && lifecycles is not null)
            errors.Add("Give either --duration or --lifecycles, not both.");
        if (mode == LoadMode.Lifecycle && (values.ContainsKey("backlog") || values.ContainsKey("history")))
            errors.Add("--backlog and --history belong to --mode backlog.");
        if (mode == LoadMode.Backlog)
        {
            if (lifecycles is not null) errors.Add("--lifecycles belongs to --mode lifecycle; a backlog run is bounded by --backlog and --history.");
            if (backlog == 0 && history == 0) errors.Add("--mode backlog needs --backlog N and/or --history N.");
            if (history > 0 && flags.Contains("no-handover")) errors.Add("--history needs hand-overs; it cannot be combined with --no-handover.");
        }

        if (errors.Count > 0) return new ParsedArguments(null, errors, ShowHelp: false);

        var duration = durationSeconds is { } seconds
            ? TimeSpan.FromSeconds(seconds)
            : mode == LoadMode.Lifecycle && lifecycles is null ? LoadTestOptions.DefaultDuration : (TimeSpan?)null;

        var options = new LoadTestOptions
        {
            Url = url!,
            Users = users,
            Duration = duration,
            Lifecycles = lifecycles,
            Rate = rate,
            Mode = mode,
            Backlog = backlog,
            History = history,
            HandOver = !flags.Contains("no-handover"),
            PickupTimeout = TimeSpan.FromSeconds(pickupSeconds),
            Password = values.GetValueOrDefault("password", LoadTestOptions.DefaultPassword),
        };
        return new ParsedArguments(options, [], ShowHelp: false);
    }

    private static readonly HashSet<string> Valued =
        ["url", "users", "duration", "lifecycles", "rate", "mode", "backlog", "history", "pickup-timeout", "password"];

    private static readonly HashSet<string> Flags = ["no-handover"];

    private static int? Integer(Dictionary<string, string> values, string name, int min, int max, List<string> errors)
    {
        if (!values.TryGetValue(name, out var text)) return null;
        if (int.TryParse(text.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors.Add($"--{name} must be a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}, not '{text}'.");
        return null;
    }

    private static double? Number(Dictionary<string, string> values, string name, double min, double max, List<string> errors)
    {
        if (!values.TryGetValue(name, out var text)) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors.Add($"--{name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{text}'.");
        return null;
    }
}

/// <summary>The outcome of reading the command line: options, or the problems found, or a request for help.</summary>
public sealed record ParsedArguments(LoadTestOptions? Options, IReadOnlyList<string> Errors, bool ShowHelp);
