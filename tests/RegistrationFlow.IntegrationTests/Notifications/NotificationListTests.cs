using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Notifications;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Notifications;

public sealed class NotificationListTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task The_outbox_is_listed_newest_first_a_page_at_a_time_in_the_callers_language()
    {
        for (var i = 1; i <= 5; i++)
        {
            var n = i;
            await host.InScopeAsync(services => services.GetRequiredService<ManagerNotices>()
                .PostOnceAsync($"test-notice:{n}", "test-notice", LocalizedText.Of($"第 {n} 条", $"Notice {n}"), CancellationToken.None));
            host.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        using var chinese = host.CreateClient(await host.SignInAsync("manager"));
        using var english = host.CreateClient(await host.SignInAsync("admin")).InEnglish();

        var first = await (await english.GetAsync("/api/notifications?pageSize=2")).ReadJsonAsync();
        var second = await (await english.GetAsync("/api/notifications?page=2&pageSize=2")).ReadJsonAsync();
        var zh = await (await chinese.GetAsync("/api/notifications?pageSize=1")).ReadJsonAsync();

        var total = first.GetProperty("total").GetInt32();
        Assert.True(total >= 5);
        Assert.Equal(["Notice 5", "Notice 4"], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()));
        Assert.Equal(["Notice 3", "Notice 2"], second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()));
        Assert.Equal("第 5 条", zh.GetProperty("items")[0].GetProperty("text").GetString());
        Assert.Equal("manager", zh.GetProperty("items")[0].GetProperty("recipient").GetString());
    }

    [Fact]
    public async Task Clerks_may_not_read_the_outbox()
    {
        using var clerk = host.CreateClient(await host.SignInAsync("clerk"));

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/notifications")).StatusCode);
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=2147483647")]
    [InlineData("page=1000001")]
    [InlineData("pageSize=101")]
    [InlineData("pageSize=0")]
    public async Task A_page_outside_the_limits_is_a_400(string query)
    {
        using var manager = host.CreateClient(await host.SignInAsync("manager"));

        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync($"/api/notifications?{query}")).StatusCode);
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_so_a_client_paging_until_empty_stops()
    {
        using var manager = host.CreateClient(await host.SignInAsync("manager"));

        var page = await (await manager.GetAsync($"/api/notifications?page={QueryLimits.MaxPage}&pageSize=100")).ReadJsonAsync();

        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.Equal(QueryLimits.MaxPage, page.GetProperty("page").GetInt32());
    }
}
