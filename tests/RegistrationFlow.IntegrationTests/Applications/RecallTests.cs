using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>
/// 撤回: POST /api/applications/{id}/recall. land-use-right-first-registration v2 marks the reviewer's pass <c>recall: true</c>;
/// commercial-housing-transfer v1 declares no recall. Every refusal leaves the application, its tasks and its audit trail as they were.
/// </summary>
public sealed class RecallTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    /// <summary>A land-use application accepted by the clerk and passed by <paramref name="reviewer"/>: at approval, unclaimed.</summary>
    private async Task<JsonElement> PassedAsync(string reviewer = "reviewer", Func<System.Text.Json.Nodes.JsonObject>? body = null)
    {
        var clerk = await host.ClientAsync("clerk");
        var application = await DoAsync(clerk, await CreateAsync(clerk, body is null ? LandUseBody() : body()), "accept");
        return await DoAsync(await host.ClientAsync(reviewer), application, "pass");
    }

    private static async Task<HttpResponseMessage> RecallAsync(HttpClient client, JsonElement application, string? etag = "current")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{Id(application)}/recall");
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag == "current" ? application.GetProperty("etag").GetString() : etag);
        return await client.SendAsync(request);
    }

    private Task<string> SnapshotAsync(Guid applicationId) => host.DbAsync(async db =>
    {
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == applicationId);
        var tasks = await db.WorkTasks.AsNoTracking().Where(t => t.ApplicationId == applicationId).OrderBy(t => t.Id)
            .Select(t => $"{t.Step}:{t.State}:{t.ClaimedBy}:{t.RowVersion}").ToListAsync();
        var audit = await db.AuditRecords.CountAsync(r => r.ApplicationId == applicationId);
        return $"v{application.RowVersion} {application.InstanceState} {string.Join(",", tasks)} audit={audit}";
    });

    private static async Task<string?> CodeAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await ReadAsync(response);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {body}");
        return body.GetProperty("code").GetString();
    }

    [Fact]
    public async Task The_reviewer_takes_back_a_pass_and_review_opens_again_claimed_by_them_with_the_promise_unchanged()
    {
        var passed = await PassedAsync();
        var reviewer = await host.ClientAsync("reviewer");

        var response = await RecallAsync(reviewer, passed);

        var recalled = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, recalled.ToString());
        Assert.Equal("review", Step(recalled));
        Assert.Equal(passed.GetProperty("dueAt").GetString(), recalled.GetProperty("dueAt").GetString());
        Assert.NotEqual(passed.GetProperty("etag").GetString(), response.Headers.ETag?.Tag);
        var tasks = await host.DbAsync(db => db.WorkTasks.AsNoTracking().Where(t => t.ApplicationId == Id(passed)).ToListAsync());
        Assert.Equal(WorkTaskState.Closed, tasks.Single(t => t.Step == "approval").State);
        var reopened = tasks.Single(t => t.Step == "review" && t.State == WorkTaskState.Open);
        Assert.Equal("reviewer", reopened.ClaimedBy);
        var record = await host.DbAsync(db => db.AuditRecords.AsNoTracking().SingleAsync(r => r.ApplicationId == Id(passed) && r.Action == "recall"));
        Assert.Equal(("reviewer", "reviewer", "approval", "review"), (record.Actor, record.Role, record.FromStep, record.ToStep));
        Assert.Contains("\"recalled\":\"pass\"", record.Detail);

        Assert.Contains("pass", Actions(recalled));
        await DoAsync(reviewer, recalled, "pass");
    }

    [Fact]
    public async Task Only_the_sender_may_recall_with_the_current_etag_and_nothing_changes_on_a_refusal()
    {
        var passed = await PassedAsync();
        var before = await SnapshotAsync(Id(passed));

        Assert.Equal("recall-not-yours", await CodeAsync(await RecallAsync(await host.ClientAsync("reviewer2"), passed), HttpStatusCode.Forbidden));
        Assert.Equal("if-match-required", await CodeAsync(await RecallAsync(await host.ClientAsync("reviewer"), passed, etag: null),
            HttpStatusCode.PreconditionRequired));
        Assert.Equal("stale-etag", await CodeAsync(await RecallAsync(await host.ClientAsync("reviewer"), passed, etag: "\"1\""),
            HttpStatusCode.PreconditionFailed));

        Assert.Equal(before, await SnapshotAsync(Id(passed)));
    }

    [Fact]
    public async Task Too_late_once_an_approver_has_claimed_the_next_task()
    {
        var passed = await PassedAsync();
        var approvalTask = await host.DbAsync(db => db.WorkTasks.AsNoTracking()
            .Where(t => t.ApplicationId == Id(passed) && t.Step == "approval").Select(t => t.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await (await host.ClientAsync("approver")).PostAsync($"/api/tasks/{approvalTask}/claim", null)).StatusCode);
        var before = await SnapshotAsync(Id(passed));

        Assert.Equal("recall-too-late", await CodeAsync(await RecallAsync(await host.ClientAsync("reviewer"), passed), HttpStatusCode.Conflict));

        Assert.Equal(before, await SnapshotAsync(Id(passed)));
    }

    [Fact]
    public async Task Nothing_to_recall_when_the_workflow_does_not_declare_it_or_after_a_recall()
    {
        var commercial = await PassedAsync(body: () => CommercialBody());
        var beforeCommercial = await SnapshotAsync(Id(commercial));
        Assert.Equal("nothing-to-recall", await CodeAsync(await RecallAsync(await host.ClientAsync("reviewer"), commercial), HttpStatusCode.UnprocessableEntity));
        Assert.Equal(beforeCommercial, await SnapshotAsync(Id(commercial)));

        var landUse = await PassedAsync();
        var recalled = await ReadAsync(await RecallAsync(await host.ClientAsync("reviewer"), landUse));
        var before = await SnapshotAsync(Id(landUse));
        Assert.Equal("nothing-to-recall", await CodeAsync(await RecallAsync(await host.ClientAsync("reviewer"), recalled), HttpStatusCode.UnprocessableEntity));
        Assert.Equal(before, await SnapshotAsync(Id(landUse)));
    }
}
