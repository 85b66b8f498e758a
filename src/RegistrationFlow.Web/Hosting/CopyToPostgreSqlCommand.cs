using RegistrationFlow.Storage.PostgreSql.Copy;

namespace RegistrationFlow.Web.Hosting;

/// <summary>
/// <c>RegistrationFlow.Web copy-to-postgresql --from &lt;SQLite file or connection string&gt; --to &lt;PostgreSQL connection string&gt;</c>:
/// copies a centre's SQLite database into an empty PostgreSQL database and checks the copy, without starting the host.
/// Exit code 0 when the copy is committed and matches, 1 when it was refused or did not match, 2 for bad arguments.
/// </summary>
internal static class CopyToPostgreSqlCommand
{
    public const string Verb = "copy-to-postgresql";

    public const string Usage =
        "Usage: RegistrationFlow.Web copy-to-postgresql --from <SQLite database file or connection string> " +
        "--to \"Host=…;Port=5432;Database=…;Username=…;Password=…\"";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Verb;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var (from, to, problem) = Parse(args);
        if (problem is not null || from is null || to is null)
        {
            error.WriteLine(problem);
            error.WriteLine(Usage);
            return 2;
        }
        try
        {
            var result = await SqliteToPostgreSql.CopyAsync(
                SqliteToPostgreSql.SourceConnectionString(from), SqliteToPostgreSql.TargetConnectionString(to), output, cancellationToken);
            Report(result, output);
            return result.Committed ? 0 : 1;
        }
        catch (CopyRefusedException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error.WriteLine($"The copy failed and nothing was committed to the target: {e.GetBaseException().Message}");
            return 1;
        }
    }

    private static (string? From, string? To, string? Problem) Parse(IReadOnlyList<string> args)
    {
        string? from = null, to = null;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] && n.StartsWith("--", StringComparison.Ordinal)
                ? (n, (string?)v)
                : (args[i], null);
            if (name is not ("--from" or "--to"))
                return (null, null, $"Unknown argument '{args[i]}'.");
            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    return (null, null, $"{name} needs a value.");
                value = args[++i];
            }
            if ((name == "--from" ? from : to) is not null)
                return (null, null, $"{name} is given twice.");
            if (name == "--from") from = value;
            else to = value;
        }
        if (string.IsNullOrWhiteSpace(from))
            return (null, null, "Missing --from: the SQLite database to copy (its file, or a connection string).");
        if (string.IsNullOrWhiteSpace(to))
            return (null, null, "Missing --to: the PostgreSQL connection string of the empty target database.");
        return (from, to, null);
    }

    private static void Report(CopyResult result, TextWriter output)
    {
        var width = Math.Max("table".Length, result.Tables.Max(t => t.Table.Length));
        output.WriteLine();
        output.WriteLine($"{"table".PadRight(width)}  {"source",10}  {"target",10}");
        foreach (var table in result.Tables)
            output.WriteLine($"{table.Table.PadRight(width)}  {table.Source,10}  {table.Target,10}{(table.Matches ? "" : "  DIFFERENT")}");
        output.WriteLine();
        output.WriteLine(result.TargetAuditBreak is { } broken
            ? $"The audit chain does not verify on the target at record {broken.Sequence}: {broken.Reason.EnUs}" +
              (result.SourceAuditBreak is { } sourceBreak ? $" (on the source it breaks at record {sourceBreak.Sequence} too)." : " (it verifies on the source).")
            : $"The audit chain verifies on the target: {result.AuditRecords} records.");
        output.WriteLine(result.Committed
            ? $"Copied {result.Tables.Sum(t => t.Target)} rows in {result.Tables.Count} tables; every count matches the source. The copy is committed."
            : "The copy does not match the source and was rolled back; the target is left as it was.");
    }
}
