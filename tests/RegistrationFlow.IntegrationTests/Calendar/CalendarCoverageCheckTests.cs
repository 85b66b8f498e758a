using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Calendar;

/// <summary>The shipped holiday data ends on 31 December 2026.</summary>
public sealed class CalendarCoverageCheckTests
{
    private static readonly DateTimeOffset MidNovember = new(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task With_the_next_60_days_covered_the_check_warns_nobody()
    {
        await using var host = new ServiceHost();
        await host.InitializeAsync();

        var gap = await host.InScopeAsync(services => services.GetRequiredService<CalendarCoverageJob>().RunAsync(CancellationToken.None));

        Assert.Null(gap);
        Assert.DoesNotContain(await host.NotificationsAsync(), n => n.Template == CalendarCoverageJob.Template);
    }

    [Fact]
    public async Task When_the_data_ends_within_60_days_the_managers_are_warned_at_start_up_and_at_most_once_a_day()
    {
        await using var host = new HostOnFolder(ServiceHost.NewFolder(), MidNovember);
        await host.InitializeAsync();

        // The check runs once in the background at start-up.
        await Eventually.TrueAsync(async () => (await host.NotificationsAsync()).Any(n => n.Template == CalendarCoverageJob.Template),
            "the start-up calendar check warned the managers");
        var gap = await host.InScopeAsync(services => services.GetRequiredService<CalendarCoverageJob>().RunAsync(CancellationToken.None));

        Assert.Equal(new DateOnly(2027, 1, 1), gap);
        var warning = Assert.Single(await host.NotificationsAsync(), n => n.Template == CalendarCoverageJob.Template);
        Assert.Equal("manager", warning.Recipient);
        Assert.Contains("2027-01-01", warning.TextEnUs);
        Assert.Contains("2027", warning.TextZhCn);

        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.InScopeAsync(services => services.GetRequiredService<CalendarCoverageJob>().RunAsync(CancellationToken.None));
        Assert.Equal(2, (await host.NotificationsAsync()).Count(n => n.Template == CalendarCoverageJob.Template));
    }
}
