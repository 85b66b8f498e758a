using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>
/// 退回 as the shipped workflows declare it: the approver's <c>return</c> goes back to review, needs a reason, and (declaring
/// no clock effect) keeps the promise made at acceptance. Refusals change nothing.
/// </summary>
public sealed class ReturnTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private async Task<JsonElement> AtApprovalAsync()
    {
        var clerk = await host.ClientAsync("clerk");
        var application = await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept");
        return await DoAsync(await host.ClientAsync("reviewer"), application, "pass");
    }

    private Task<string> SnapshotAsync(Guid id) => host.DbAsync(async db =>
    {
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id);
        var tasks = await db.WorkTasks.AsNoTracking().Where(t => t.ApplicationId == id).OrderBy(t => t.Id).Select(t => $"{t.Step}:{t.State}:{t.RowVersion}").ToListAsync();
        return $"v{application.RowVersion} {string.Join(",", tasks)} audit={await db.AuditRecords.CountAsync(r => r.ApplicationId == id)}";
    });

    [Fact]
    public async Task The_approver_returns_to_review_with_a_reason_and_the_promise_stands()
    {
        var atApproval = await AtApprovalAsync();
        host.Clock.Advance(TimeSpan.FromHours(2));
        var approver = await host.ClientAsync("approver"); // signed in after the clock moved: tokens last an hour

        var returned = await DoAsync(approver, atApproval, "return", new { reason = "宗地图与现场不符" });

        Assert.Equal(("review", "in-progress"), (Step(returned), Status(returned)));
        Assert.Equal(atApproval.GetProperty("dueAt").GetString(), returned.GetProperty("dueAt").GetString());
        var record = await host.DbAsync(db => db.AuditRecords.AsNoTracking().SingleAsync(r => r.ApplicationId == Id(atApproval) && r.Action == "return"));
        Assert.Equal(("approver", "approval", "review"), (record.Actor, record.FromStep, record.ToStep));
        using (var detail = JsonDocument.Parse(record.Detail!)) Assert.Equal("宗地图与现场不符", detail.RootElement.GetProperty("reason").GetString());
        var again = await DoAsync(await host.ClientAsync("reviewer"), returned, "pass");
        Assert.Equal("approval", Step(again));
        await DoAsync(approver, again, "approve");
    }

    [Fact]
    public async Task A_return_without_a_reason_or_by_someone_else_changes_nothing()
    {
        var atApproval = await AtApprovalAsync();
        var before = await SnapshotAsync(Id(atApproval));

        var noReason = await ActAsync(await host.ClientAsync("approver"), atApproval, "return", new { reason = "  " });
        var body = await ReadAsync(noReason);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal("required-field-missing", body.GetProperty("codes").GetProperty("reason")[0].GetString());
        var byReviewer = await ActAsync(await host.ClientAsync("reviewer"), atApproval, "return", new { reason = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Equal("not-your-role", (await ReadAsync(byReviewer)).GetProperty("code").GetString());

        Assert.Equal(before, await SnapshotAsync(Id(atApproval)));
    }
}
