using System.Globalization;
using RegistrationFlow.Backlog.Scenario;

namespace RegistrationFlow.Backlog.Seeding;

/// <summary>The <c>seed</c> command: completed history first (it lies before the open period), then the open backlog.</summary>
public static class BacklogSeeder
{
    public static async Task<DateTimeOffset> RunAsync(BacklogOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var database = Path.GetFullPath(options.Database!);
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        var calendar = SeedingHost.ReadCalendar();
        var scenario = new BacklogScenario(calendar, options.Today, options.Open, options.Completed, options.OpenDays);

        // The clock starts before the first planned instant; definitions loaded now are stamped then.
        await using var host = await SeedingHost.StartAsync(database, calendar.OpeningOf(scenario.HistoryDays[0]).AddDays(-1), cancellationToken: cancellationToken);
        output.WriteLine($"Backlog plan: {scenario.Completed:N0} completed over {scenario.HistoryDays.Count} working days " +
                         $"({scenario.HistoryDays[0]:yyyy-MM-dd}…{scenario.HistoryDays[^1]:yyyy-MM-dd}, via {options.CompletedVia}); " +
                         $"{scenario.Open:N0} open over {scenario.OpenDays.Count} working days ({scenario.OpenDays[0]:yyyy-MM-dd}…{scenario.Today:yyyy-MM-dd}, via {options.OpenVia}).");
        var now = scenario.Now;
        var service = new ServiceWriter(host);

        var completed = Plans(scenario.HistoryDays.Count, scenario.CompletedOn, scenario.CompletedApplication);
        var open = Plans(scenario.OpenDays.Count, scenario.OpenOn, scenario.OpenApplication);
        var bulk = new HistoryWriter(host, options.Batch);
        if (options.CompletedVia == "bulk" && completed.Count > 0)
            output.WriteLine((await bulk.WriteAsync("completed (bulk)", scenario.HistoryDays, scenario.CompletedOn, scenario.CompletedApplication,
                plan => plan.LastInstant, cancellationToken)).Summary());
        // Late registrations and hand-overs of the last history days happen during the open period: the service's
        // one clock takes both sets in one time-ordered run.
        var viaService = (options.CompletedVia == "service" ? completed : []).Concat(options.OpenVia == "service" ? open : []).ToList();
        if (viaService.Count > 0)
            output.WriteLine((await service.WriteAsync("service", viaService, now, cancellationToken)).Summary());
        if (options.OpenVia == "bulk" && open.Count > 0)
            output.WriteLine((await bulk.WriteAsync("open (bulk)", scenario.OpenDays, scenario.OpenOn, scenario.OpenApplication,
                _ => now, cancellationToken)).Summary());

        var clock = now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(database + ".clock", clock + Environment.NewLine, cancellationToken);
        output.WriteLine($"CLOCK {clock}");
        return now;
    }

    private static List<PlannedApplication> Plans(int days, Func<int, int> countOn, Func<int, int, PlannedApplication> plan) =>
        Enumerable.Range(0, days).SelectMany(k => Enumerable.Range(0, countOn(k)).Select(i => plan(k, i))).ToList();
}
