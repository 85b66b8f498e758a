using System.Net;
using System.Text.Json;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>Worklists, claiming, lists with filters and who sees identity numbers.</summary>
public sealed class WorklistTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private static async Task<List<JsonElement>> TasksAsync(HttpClient client) =>
        (await ReadAsync(await client.GetAsync("/api/tasks"))).EnumerateArray().ToList();

    [Fact]
    public async Task A_claimed_task_leaves_other_worklists_and_only_its_holder_may_act_on_it()
    {
        var clerk = await host.ClientAsync("clerk");
        var application = await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept");
        var reviewer = await host.ClientAsync("reviewer");
        var reviewer2 = await host.ClientAsync("reviewer2");
        var task = (await TasksAsync(reviewer)).Single(t => t.GetProperty("applicationId").GetGuid() == Id(application));
        Assert.Equal(("review", "reviewer"), (task.GetProperty("step").GetString(), task.GetProperty("candidateRole").GetString()));
        Assert.Equal("2026-03-02T17:00:00+08:00", task.GetProperty("dueAt").GetString());
        var taskId = task.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        var claims = await Task.WhenAll(reviewer.PostAsync($"/api/tasks/{taskId}/claim", null), reviewer2.PostAsync($"/api/tasks/{taskId}/claim", null));
        Assert.Single(claims, c => c.StatusCode == HttpStatusCode.OK);
        Assert.Single(claims, c => c.StatusCode == HttpStatusCode.Conflict);
        var holder = (await ReadAsync(claims.Single(c => c.StatusCode == HttpStatusCode.OK))).GetProperty("claimedBy").GetString();
        var (mine, theirs) = holder == "reviewer" ? (reviewer, reviewer2) : (reviewer2, reviewer);

        Assert.DoesNotContain(await TasksAsync(theirs), t => t.GetProperty("id").GetGuid() == taskId);
        Assert.Contains(await TasksAsync(mine), t => t.GetProperty("id").GetGuid() == taskId);
        Assert.Equal(HttpStatusCode.Conflict, (await ActAsync(theirs, application, "pass")).StatusCode);
        await DoAsync(mine, application, "pass");
        Assert.Equal(HttpStatusCode.Conflict, (await mine.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode); // done
        Assert.Equal(HttpStatusCode.NotFound, (await mine.PostAsync($"/api/tasks/{Guid.NewGuid()}/claim", null)).StatusCode);
    }

    [Fact]
    public async Task Lists_filter_by_step_status_and_query_and_managers_see_masked_identity_numbers()
    {
        var clerk = await host.ClientAsync("clerk");
        var intake = await CreateAsync(clerk, CommercialBody());
        var land = await DoAsync(clerk, await CreateAsync(clerk, LandUseBody()), "accept");

        var atReview = await ReadAsync(await clerk.GetAsync("/api/applications?step=review&pageSize=100"));
        Assert.Contains(atReview.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == Id(land));
        Assert.DoesNotContain(atReview.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == Id(intake));
        var received = await ReadAsync(await clerk.GetAsync("/api/applications?status=received&overdue=false"));
        Assert.All(received.GetProperty("items").EnumerateArray(), a => Assert.Equal("received", Status(a)));
        Assert.Equal(received.GetProperty("items").GetArrayLength(), received.GetProperty("total").GetInt32());
        var byNumber = await ReadAsync(await clerk.GetAsync($"/api/applications?q={intake.GetProperty("number").GetString()}"));
        Assert.Equal(Id(intake), Assert.Single(byNumber.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var byName = await ReadAsync(await clerk.GetAsync($"/api/applications?q={Uri.EscapeDataString("临海市某制造")}"));
        Assert.Equal(Id(land), Assert.Single(byName.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync("/api/applications?status=lost")).StatusCode);

        var manager = await host.ClientAsync("manager");
        var seen = await GetAsync(manager, Id(intake));
        var buyer = seen.GetProperty("parties")[0];
        Assert.Equal(("110105********002X", true), (buyer.GetProperty("idNumber").GetString(), buyer.GetProperty("idNumberMasked").GetBoolean()));
        Assert.Empty(seen.GetProperty("availableActions").EnumerateArray());
        Assert.Equal("11010519491231002X", (await GetAsync(await host.ClientAsync("reviewer"), Id(intake))).GetProperty("parties")[0].GetProperty("idNumber").GetString());
    }

    [Theory]
    [InlineData(2147483647, HttpStatusCode.BadRequest)]
    [InlineData(1000001, HttpStatusCode.BadRequest)]
    [InlineData(0, HttpStatusCode.BadRequest)]
    [InlineData(1000000, HttpStatusCode.OK)]
    public async Task A_page_is_refused_outside_one_to_a_million_and_empty_past_the_end(int page, HttpStatusCode status)
    {
        var clerk = await host.ClientAsync("clerk");
        await CreateAsync(clerk, CommercialBody());

        var response = await clerk.GetAsync($"/api/applications?page={page}&pageSize=100");

        Assert.Equal(status, response.StatusCode);
        var body = await ReadAsync(response);
        if (status == HttpStatusCode.OK)
            Assert.Empty(body.GetProperty("items").EnumerateArray());
        else
            Assert.Equal("out-of-range", body.GetProperty("codes").GetProperty("page")[0].GetString());
    }
}
