using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Reports;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>What every reader of "overdue" shares: the API's flag, its filter, the worklist, the dashboard and the daily report.</summary>
internal static class OverdueReaders
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static DateTimeOffset At(int day, int hour, int minute = 0, int second = 0) => new(2026, 3, day, hour, minute, second, China);

    public static async Task<bool> FlagAsync(ApplicationsHost host, Guid id) =>
        (await GetAsync(await host.ClientAsync("manager"), id)).GetProperty("overdue").GetBoolean();

    public static async Task<HashSet<Guid>> ListedAsync(ApplicationsHost host, bool overdue)
    {
        var list = await ReadAsync(await (await host.ClientAsync("manager")).GetAsync($"/api/applications?overdue={overdue}&pageSize=100"));
        return list.GetProperty("items").EnumerateArray().Select(Id).ToHashSet();
    }

    /// <summary>The overdue flag of each open task of <paramref name="user"/>'s worklist, by application.</summary>
    public static async Task<Dictionary<Guid, bool>> WorklistAsync(ApplicationsHost host, string user) =>
        (await ReadAsync(await (await host.ClientAsync(user)).GetAsync("/api/tasks"))).EnumerateArray()
        .ToDictionary(t => t.GetProperty("applicationId").GetGuid(), t => t.GetProperty("overdue").GetBoolean());

    public static Task<DashboardData> DashboardAsync(ApplicationsHost host, DateOnly today) =>
        host.InScopeAsync(services => services.GetRequiredService<DashboardQuery>().ReadAsync(today, today, today));

    public static Task<DailyReport> ReportAsync(ApplicationsHost host, DateOnly date) =>
        host.InScopeAsync(services => services.GetRequiredService<DailyReportQuery>().ForAsync(date, CancellationToken.None));

    public static async Task FireBreachAsync(ApplicationsHost host, Guid id)
    {
        var breach = (await host.DeadlinesAsync(id)).Single(d => d.Kind == DeadlineKind.Breach && d.State == DeadlineState.Pending);
        await host.FireAsync(breach.Id);
    }

    public static async Task<JsonElement> RequestSupplementAsync(ApplicationsHost host, Guid id) =>
        await DoAsync(await host.ClientAsync("reviewer"), await GetAsync(await host.ClientAsync("reviewer"), id), "request-supplement",
            new { missingMaterials = new[] { "application-form" } });
}

/// <summary>
/// 补正 under <c>on-supplement: restart</c> (the new-build transfer): while the clock stands the old due instant does
/// not make the application overdue — not even after an earlier breach, since a new promise is made when the
/// materials arrive. A running application past its due instant is overdue everywhere.
/// </summary>
public sealed class RestartSuspendedClockOverdueTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    [Fact]
    public async Task A_suspended_clock_is_not_overdue_anywhere_while_a_running_one_past_due_is()
    {
        host.Clock.SetUtcNow(OverdueReaders.At(2, 9));
        var clerk = await host.ClientAsync("clerk");
        var waiting = Id(await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept"));        // supplement asked in time
        var breachedThenWaiting = Id(await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept"));
        var running = Id(await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept"));
        // all due Monday 17:00, warning at 16:00

        host.Clock.SetUtcNow(OverdueReaders.At(2, 10));
        await OverdueReaders.RequestSupplementAsync(host, waiting);

        host.Clock.SetUtcNow(OverdueReaders.At(2, 16, 30));
        var beforeDue = await OverdueReaders.DashboardAsync(host, new DateOnly(2026, 3, 2));
        Assert.Equal(new HashSet<Guid> { running, breachedThenWaiting }, beforeDue.Watch.Where(w => !w.Overdue).Select(w => w.Id).ToHashSet());
        Assert.DoesNotContain(beforeDue.Watch, w => w.Id == waiting); // its warning was cancelled with the clock
        Assert.Equal((0, 2), (beforeDue.OverdueNow, beforeDue.AtRiskNow));

        host.Clock.SetUtcNow(OverdueReaders.At(2, 17, 0, 1));
        await OverdueReaders.FireBreachAsync(host, breachedThenWaiting);
        await OverdueReaders.FireBreachAsync(host, running);
        host.Clock.SetUtcNow(OverdueReaders.At(2, 17, 5));
        await OverdueReaders.RequestSupplementAsync(host, breachedThenWaiting);

        host.Clock.SetUtcNow(OverdueReaders.At(3, 10)); // the next morning: every old due instant has passed
        Assert.False(await OverdueReaders.FlagAsync(host, waiting));
        Assert.False(await OverdueReaders.FlagAsync(host, breachedThenWaiting));
        Assert.True(await OverdueReaders.FlagAsync(host, running));

        var overdue = await OverdueReaders.ListedAsync(host, overdue: true);
        var notOverdue = await OverdueReaders.ListedAsync(host, overdue: false);
        Assert.Contains(running, overdue);
        Assert.DoesNotContain(waiting, overdue);
        Assert.DoesNotContain(breachedThenWaiting, overdue);
        Assert.Contains(waiting, notOverdue);
        Assert.Contains(breachedThenWaiting, notOverdue);
        Assert.DoesNotContain(running, notOverdue);

        var clerkTasks = await OverdueReaders.WorklistAsync(host, "clerk"); // the supplement desk's tasks
        Assert.False(clerkTasks[waiting]);
        Assert.False(clerkTasks[breachedThenWaiting]);
        Assert.True((await OverdueReaders.WorklistAsync(host, "reviewer"))[running]);

        var dashboard = await OverdueReaders.DashboardAsync(host, new DateOnly(2026, 3, 3));
        var watched = Assert.Single(dashboard.Watch);
        Assert.Equal((running, true, false), (watched.Id, watched.Overdue, watched.ClockSuspended));
        Assert.Equal((1, 0), (dashboard.OverdueNow, dashboard.AtRiskNow));

        Assert.Equal(1, (await OverdueReaders.ReportAsync(host, new DateOnly(2026, 3, 2))).Overdue);

        // Materials arrive: a new promise (Tuesday 17:00) and a running clock, overdue again once it passes.
        await DoAsync(await host.ClientAsync("clerk"), await GetAsync(await host.ClientAsync("clerk"), waiting), "resubmit",
            new { receivedMaterials = new[] { "application-form" } });
        Assert.False(await OverdueReaders.FlagAsync(host, waiting));
        host.Clock.SetUtcNow(OverdueReaders.At(3, 17, 0, 1)); // before the breach job has run
        Assert.True(await OverdueReaders.FlagAsync(host, waiting));
        Assert.Contains(waiting, await OverdueReaders.ListedAsync(host, overdue: true));
        Assert.Contains((await OverdueReaders.DashboardAsync(host, new DateOnly(2026, 3, 3))).Watch, w => w.Id == waiting && w.Overdue);
    }
}

/// <summary>
/// 补正 under <c>on-supplement: pause</c> (land-use first registration, 5 working days): the remaining time is kept,
/// so an application waiting past its old due instant is not overdue; one whose breach fired before the clock stopped
/// stays overdue while it waits, as it will be when the clock resumes.
/// </summary>
public sealed class PauseSuspendedClockOverdueTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    [Fact]
    public async Task A_paused_clock_keeps_its_time_and_only_an_earlier_breach_stays_overdue()
    {
        host.Clock.SetUtcNow(OverdueReaders.At(2, 9));
        var clerk = await host.ClientAsync("clerk");
        var paused = Id(await DoAsync(clerk, await CreateAsync(clerk, LandUseBody()), "accept"));
        var breachedThenPaused = Id(await DoAsync(clerk, await CreateAsync(clerk, LandUseBody()), "accept"));
        // both due Monday 9 March 17:00

        host.Clock.SetUtcNow(OverdueReaders.At(3, 10));
        await OverdueReaders.RequestSupplementAsync(host, paused);

        host.Clock.SetUtcNow(OverdueReaders.At(9, 17, 0, 1));
        await OverdueReaders.FireBreachAsync(host, breachedThenPaused);
        host.Clock.SetUtcNow(OverdueReaders.At(9, 17, 5));
        await OverdueReaders.RequestSupplementAsync(host, breachedThenPaused);

        host.Clock.SetUtcNow(OverdueReaders.At(13, 10)); // Friday: four days past the old due instant
        Assert.False(await OverdueReaders.FlagAsync(host, paused));
        Assert.True(await OverdueReaders.FlagAsync(host, breachedThenPaused));

        var overdue = await OverdueReaders.ListedAsync(host, overdue: true);
        Assert.DoesNotContain(paused, overdue);
        Assert.Contains(breachedThenPaused, overdue);
        Assert.Contains(paused, await OverdueReaders.ListedAsync(host, overdue: false));

        var clerkTasks = await OverdueReaders.WorklistAsync(host, "clerk");
        Assert.False(clerkTasks[paused]);
        Assert.True(clerkTasks[breachedThenPaused]);

        var dashboard = await OverdueReaders.DashboardAsync(host, new DateOnly(2026, 3, 13));
        var watched = Assert.Single(dashboard.Watch);
        Assert.Equal((breachedThenPaused, true, true), (watched.Id, watched.Overdue, watched.ClockSuspended));
        Assert.Equal((1, 0), (dashboard.OverdueNow, dashboard.AtRiskNow));

        Assert.Equal(1, (await OverdueReaders.ReportAsync(host, new DateOnly(2026, 3, 9))).Overdue);

        // Materials arrive: the time left on Tuesday (more than four working days) runs from now.
        var resumed = await DoAsync(await host.ClientAsync("clerk"), await GetAsync(await host.ClientAsync("clerk"), paused), "resubmit",
            new { receivedMaterials = new[] { "application-form" } });
        Assert.Equal("2026-03-19T17:00:00+08:00", resumed.GetProperty("dueAt").GetString()); // 33.5 working hours on from Friday 10:00
        Assert.False(resumed.GetProperty("overdue").GetBoolean());
    }
}
