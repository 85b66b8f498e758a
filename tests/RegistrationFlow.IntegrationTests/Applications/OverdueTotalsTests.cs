using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>The applications list's totals add up: the overdue ones counted by the rule, the rest as all minus those.</summary>
public sealed class OverdueTotalsTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private static async Task<(HashSet<Guid> Ids, int Total)> ListAsync(HttpClient client, string query)
    {
        var page = await ReadAsync(await client.GetAsync($"/api/applications?pageSize=100&{query}"));
        return (page.GetProperty("items").EnumerateArray().Select(Id).ToHashSet(), page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Overdue_and_not_overdue_add_up_to_the_whole_list()
    {
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.FromHours(8)));
        var clerk = await host.ClientAsync("clerk");
        var late = Id(await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept"));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(8))); // past yesterday's closing: overdue
        clerk = await host.ClientAsync("clerk");
        var inTime = Id(await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept"));
        var received = Id(await CreateAsync(clerk, CommercialBody()));

        var (overdue, overdueTotal) = await ListAsync(clerk, "overdue=true");
        var (notOverdue, notOverdueTotal) = await ListAsync(clerk, "overdue=false");
        var (_, total) = await ListAsync(clerk, "");
        Assert.Equal(total, overdueTotal + notOverdueTotal);
        Assert.Equal(overdue.Count, overdueTotal);
        Assert.Contains(late, overdue);
        Assert.Subset(notOverdue, new HashSet<Guid> { inTime, received });
        Assert.Empty(overdue.Intersect(notOverdue));

        var (inProgressOverdue, inProgressOverdueTotal) = await ListAsync(clerk, "status=in-progress&overdue=true");
        var (inProgressInTime, inProgressInTimeTotal) = await ListAsync(clerk, "status=in-progress&overdue=false");
        var (_, inProgressTotal) = await ListAsync(clerk, "status=in-progress");
        Assert.Equal(inProgressTotal, inProgressOverdueTotal + inProgressInTimeTotal);
        Assert.Contains(late, inProgressOverdue);
        Assert.Contains(inTime, inProgressInTime);
    }
}
