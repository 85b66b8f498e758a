using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Reports;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>The dashboard's time per step: a person's step from its task, the certificate wait from the certificate.</summary>
public sealed class StepTimeTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private Task<DashboardData> DashboardAsync(DateOnly from, DateOnly to) =>
        host.InScopeAsync(services => services.GetRequiredService<DashboardQuery>().ReadAsync(to, from, to));

    [Fact]
    public async Task Time_in_each_step_is_averaged_over_the_visits_that_ended_in_the_range()
    {
        var monday = new DateOnly(2026, 3, 2);
        var clerk = await host.ClientAsync("clerk");
        var first = await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept");    // 09:00
        var second = await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept");
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        var reviewer = await host.ClientAsync("reviewer");
        first = await DoAsync(reviewer, first, "pass");                                                 // review: 10 min
        host.Clock.Advance(TimeSpan.FromMinutes(20));
        second = await DoAsync(reviewer, second, "pass");                                               // review: 30 min
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await DoAsync(await host.ClientAsync("approver"), first, "approve");                            // approval: 25 min, at 09:35

        var today = await DashboardAsync(monday, monday);
        var byStep = today.StepTimes.ToDictionary(s => s.Step.EnUs);
        Assert.Equal((TimeSpan.FromMinutes(20), 2), (byStep["Review"].Average, byStep["Review"].Count));
        Assert.Equal((TimeSpan.FromMinutes(25), 1), (byStep["Approval"].Average, byStep["Approval"].Count));
        Assert.Equal((TimeSpan.Zero, 2), (byStep["Intake"].Average, byStep["Intake"].Count));
        Assert.DoesNotContain("Certificate preparation", byStep.Keys); // still waiting

        // Certificate ready at Tuesday's opening (08:30), 22 h 55 min after 登簿.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 8, 30, 0, TimeSpan.FromHours(8)));
        var ready = (await host.DeadlinesAsync(Id(first))).Single(d => d.Kind == DeadlineKind.CertificateReady);
        await host.FireAsync(ready.Id);
        var tuesday = await DashboardAsync(monday.AddDays(1), monday.AddDays(1));
        var wait = Assert.Single(tuesday.StepTimes);
        Assert.Equal(("缮证", "Certificate preparation"), (wait.Step.ZhCn, wait.Step.EnUs));
        Assert.Equal((new TimeSpan(22, 55, 0), 1), (wait.Average, wait.Count));
        Assert.Equal(4, (await DashboardAsync(monday, monday.AddDays(1))).StepTimes.Count);
    }
}
