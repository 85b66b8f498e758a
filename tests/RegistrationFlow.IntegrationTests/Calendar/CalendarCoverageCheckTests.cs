using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Calendar;

/// <summary>The shipped holiday data ends on 31 December 2026; 2027 on is provisional until its notice is imported.</summary>
public sealed class CalendarCoverageCheckTests
{
    private static readonly DateTimeOffset MidNovember = new(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task With_the_next_60_days_official_the_check_warns_nobody()
    {
        await using var host = new ServiceHost();
        await host.InitializeAsync();

        var check = await host.InScopeAsync(services => services.GetRequiredService<CalendarCoverageJob>().RunAsync(CancellationToken.None));

        Assert.Empty(check.Warnings());
        Assert.DoesNotContain(await host.NotificationsAsync(), n => n.Template == CalendarCoverageJob.Template);
    }

    [Fact]
    public async Task Provisional_days_within_60_days_and_a_missing_notice_for_next_year_warn_the_managers_once_a_day()
    {
        await using var host = new HostOnFolder(ServiceHost.NewFolder(), MidNovember);
        await host.InitializeAsync();

        // The check runs once in the background at start-up.
        await Eventually.TrueAsync(async () => (await host.NotificationsAsync()).Count(n => n.Template == CalendarCoverageJob.Template) == 2,
            "the start-up calendar check warned the managers");
        var check = await host.InScopeAsync(services => services.GetRequiredService<CalendarCoverageJob>().RunAsync(CancellationToken.None));

        Assert.Null(check.FirstUncovered);
        Assert.Equal(new DateOnly(2027, 1, 1), check.FirstProvisional);
        Assert.Equal(2027, check.NextYearWithoutNotice);
        var warnings = (await host.NotificationsAsync()).Where(n => n.Template == CalendarCoverageJob.Template).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("manager", w.Recipient));
        Assert.Contains(warnings, w => w.TextEnUs.Contains("2027-01-01") && w.TextZhCn.Contains("以国务院当年放假安排为准"));
        Assert.Contains(warnings, w => w.TextEnUs.Contains("notice for 2027 is not imported"));

        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.InScopeAsync(services => services.GetRequiredService<CalendarCoverageJob>().RunAsync(CancellationToken.None));
        Assert.Equal(4, (await host.NotificationsAsync()).Count(n => n.Template == CalendarCoverageJob.Template));
    }
}
