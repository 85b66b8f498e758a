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

        if (scenario.Completed > 0)
        {
            Progress progress;
            if (options.CompletedVia == "bulk")
            {
                progress = await new HistoryWriter(host, options.Batch).WriteAsync("completed (bulk)", scenario.HistoryDays, scenario.CompletedOn,
                    scenario.CompletedApplication, plan => plan.LastInstant, cancellationToken);
            }
            else
            {
                var plans = Plans(scenario.HistoryDays.Count, scenario.CompletedOn, scenario.CompletedApplication);
                progress = await service.WriteAsync("completed (service)", plans, plans.Max(p => p.LastInstant), cancellationToken);
            }
            output.WriteLine(progress.Summary());
        }
        if (scenario.Open > 0)
        {
            Progress progress;
            if (options.OpenVia == "bulk")
            {
                progress = await new HistoryWriter(host, options.Batch).WriteAsync("open (bulk)", scenario.OpenDays, scenario.OpenOn,
                    scenario.OpenApplication, _ => now, cancellationToken);
            }
            else
            {
                var plans = Plans(scenario.OpenDays.Count, scenario.OpenOn, scenario.OpenApplication);
                progress = await service.WriteAsync("open (service)", plans, now, cancellationToken);
            }
            output.WriteLine(progress.Summary());
        }

        var clock = now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(database + ".clock", clock + Environment.NewLine, cancellationToken);
        output.WriteLine($"CLOCK {clock}");
        return now;
    }

    private static List<PlannedApplication> Plans(int days, Func<int, int> countOn, Func<int, int, PlannedApplication> plan) =>
        Enumerable.Range(0, days).SelectMany(k => Enumerable.Range(0, countOn(k)).Select(i => plan(k, i))).ToList();
}
