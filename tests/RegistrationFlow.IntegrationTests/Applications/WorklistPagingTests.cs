using System.Net;
using System.Text.Json;
using RegistrationFlow.Web.Features.Tasks;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>The worklist comes a page at a time, most urgent first, with the whole count in <c>X-Total-Count</c>.</summary>
public sealed class WorklistPagingTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private static async Task<(List<JsonElement> Items, int Total)> WorklistAsync(HttpClient client, int? limit = null)
    {
        var response = await client.GetAsync(limit is null ? "/api/tasks" : $"/api/tasks?limit={limit}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var total = int.Parse(Assert.Single(response.Headers.GetValues(TaskEndpoints.TotalCountHeader)));
        return ((await ReadAsync(response)).EnumerateArray().ToList(), total);
    }

    [Fact]
    public async Task Worklist_pages_earliest_due_first_with_tasks_without_a_due_time_last_and_counts_them_all()
    {
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)));
        var accepted = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var clerk = await host.ClientAsync("clerk"); // a bearer token lasts an hour
            accepted.Add(Id(await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept")));
            host.Clock.Advance(TimeSpan.FromHours(3)); // 09:00 and 12:00 are due today, 15:00 today too, then tomorrow
        }
        var unaccepted = Id(await CreateAsync(await host.ClientAsync("clerk"), CommercialBody()));

        var reviewer = await host.ClientAsync("reviewer");
        var (all, total) = await WorklistAsync(reviewer, 1000);
        Assert.Equal(all.Count, total);
        var (first, sameTotal) = await WorklistAsync(reviewer, 2);
        Assert.Equal(total, sameTotal);
        Assert.Equal(all.Take(2).Select(t => t.GetProperty("id").GetGuid()), first.Select(t => t.GetProperty("id").GetGuid()));
        var due = all.Select(t => t.GetProperty("dueAt").GetDateTimeOffset()).ToList();
        Assert.Equal(due.Order(), due);
        Assert.Subset(all.Select(t => t.GetProperty("applicationId").GetGuid()).ToHashSet(), accepted.ToHashSet());

        // The clerk's intake tasks have no due time yet (the clock starts at acceptance): after anything due, oldest first.
        var (intake, _) = await WorklistAsync(await host.ClientAsync("clerk"));
        Assert.Equal(unaccepted, intake.Last().GetProperty("applicationId").GetGuid());
        Assert.All(intake, t => Assert.Equal(JsonValueKind.Null, t.GetProperty("dueAt").ValueKind));

        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer.GetAsync("/api/tasks?limit=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer.GetAsync("/api/tasks?limit=1001")).StatusCode);
    }
}
