using System.Net;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Jobs;

public sealed class DashboardTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task Nobody_signed_in_gets_401()
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("clerk")]
    [InlineData("reviewer")]
    [InlineData("approver")]
    public async Task Staff_without_the_manager_or_admin_role_get_403(string userName)
    {
        using var client = host.CreateClient(await host.SignInAsync(userName));

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("admin")]
    public async Task Managers_and_admins_see_the_dashboard_with_the_recurring_jobs(string userName)
    {
        using var client = host.CreateClient(await host.SignInAsync(userName));

        var page = await client.GetAsync("/hangfire/recurring");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("daily-report", html);
        Assert.Contains("calendar-coverage", html);
    }
}
