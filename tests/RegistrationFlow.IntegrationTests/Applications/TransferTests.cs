using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>
/// 转办: POST /api/tasks/{id}/transfer by the holder or a manager, and a manager's POST /api/tasks/reassign. Every refusal
/// names its rule and field and leaves the task, the audit trail and the outbox as they were.
/// </summary>
public sealed class TransferTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    /// <summary>An application accepted by the clerk, its review task claimed by <paramref name="reviewer"/>.</summary>
    private async Task<(JsonElement Application, Guid TaskId)> ClaimedReviewAsync(string reviewer = "reviewer")
    {
        var clerk = await host.ClientAsync("clerk");
        var application = await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept");
        var taskId = await OpenTaskAsync(Id(application), "review");
        var claimed = await (await host.ClientAsync(reviewer)).PostAsync($"/api/tasks/{taskId}/claim", null);
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        return (application, taskId);
    }

    private Task<Guid> OpenTaskAsync(Guid applicationId, string step) => host.DbAsync(db => db.WorkTasks
        .Where(t => t.ApplicationId == applicationId && t.Step == step && t.State == WorkTaskState.Open).Select(t => t.Id).SingleAsync());

    private static Task<HttpResponseMessage> TransferAsync(HttpClient client, Guid taskId, string? to, string? reason) =>
        client.PostAsJsonAsync($"/api/tasks/{taskId}/transfer", new { to, reason });

    /// <summary>What a refusal must leave untouched: the task row, the application's audit records, the outbox.</summary>
    private Task<string> SnapshotAsync(Guid applicationId) => host.DbAsync(async db =>
    {
        var tasks = await db.WorkTasks.AsNoTracking().Where(t => t.ApplicationId == applicationId).OrderBy(t => t.Id)
            .Select(t => $"{t.Id}:{t.State}:{t.ClaimedBy}:{t.RowVersion}").ToListAsync();
        var audit = await db.AuditRecords.CountAsync(r => r.ApplicationId == applicationId);
        var outbox = await db.OutboxNotifications.CountAsync(n => n.ApplicationId == applicationId);
        return $"{string.Join(",", tasks)} audit={audit} outbox={outbox}";
    });

    private static async Task<(string? Code, string FieldCodes)> RefusedAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await ReadAsync(response);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {body}");
        var fieldCodes = field is null ? "" : string.Join(",", body.GetProperty("codes").GetProperty(field).EnumerateArray().Select(c => c.GetString()));
        return (body.GetProperty("code").GetString(), fieldCodes);
    }

    [Fact]
    public async Task The_holder_hands_the_task_to_a_colleague_who_is_told_and_then_alone_may_act()
    {
        var (application, taskId) = await ClaimedReviewAsync();
        var reviewer = await host.ClientAsync("reviewer");

        var response = await TransferAsync(reviewer, taskId, "reviewer2", "  请假半天  ");

        var task = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, task.ToString());
        Assert.Equal("reviewer2", task.GetProperty("claimedBy").GetString());
        var record = await host.DbAsync(db => db.AuditRecords.AsNoTracking()
            .SingleAsync(r => r.ApplicationId == Id(application) && r.Action == "task-transferred"));
        Assert.Equal(("reviewer", "reviewer", "review"), (record.Actor, record.Role, record.FromStep));
        using (var detail = JsonDocument.Parse(record.Detail!))
        {
            Assert.Equal("reviewer", detail.RootElement.GetProperty("from").GetString());
            Assert.Equal("reviewer2", detail.RootElement.GetProperty("to").GetString());
            Assert.Equal("请假半天", detail.RootElement.GetProperty("reason").GetString());
        }
        var notice = Assert.Single(await host.DbAsync(db => db.OutboxNotifications.AsNoTracking()
            .Where(n => n.ApplicationId == Id(application) && n.Template == "task-transferred").ToListAsync()));
        Assert.Equal(("user", "reviewer2"), (notice.Audience, notice.Recipient));
        Assert.Contains(application.GetProperty("number").GetString()!, notice.TextZhCn);
        Assert.Contains("请假半天", notice.TextZhCn);

        var reviewer2 = await host.ClientAsync("reviewer2");
        var worklist = await ReadAsync(await reviewer2.GetAsync("/api/tasks"));
        Assert.Contains(worklist.EnumerateArray(), t => t.GetProperty("id").GetGuid() == taskId && t.GetProperty("claimedBy").GetString() == "reviewer2");
        Assert.Equal(HttpStatusCode.Conflict, (await ActAsync(reviewer, application, "pass")).StatusCode);
        await DoAsync(reviewer2, application, "pass");
    }

    [Fact]
    public async Task A_manager_may_transfer_a_task_someone_else_holds()
    {
        var (application, taskId) = await ClaimedReviewAsync();

        var response = await TransferAsync(await host.ClientAsync("manager"), taskId, "reviewer2", "审核人员外出");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await host.DbAsync(db => db.AuditRecords.AsNoTracking()
            .SingleAsync(r => r.ApplicationId == Id(application) && r.Action == "task-transferred"));
        Assert.Equal(("manager", "manager"), (record.Actor, record.Role));
    }

    [Fact]
    public async Task Reason_and_colleague_are_checked_field_by_field_and_nothing_changes()
    {
        var (application, taskId) = await ClaimedReviewAsync();
        var reviewer = await host.ClientAsync("reviewer");
        var before = await SnapshotAsync(Id(application));

        Assert.Equal(("transfer-reason-required", "transfer-reason-required"),
            await RefusedAsync(await TransferAsync(reviewer, taskId, "reviewer2", " "), HttpStatusCode.UnprocessableEntity, "reason"));
        Assert.Equal(("transfer-target-required", "transfer-target-required"),
            await RefusedAsync(await TransferAsync(reviewer, taskId, null, "请假"), HttpStatusCode.UnprocessableEntity, "to"));
        Assert.Equal(("transfer-target-unknown", "transfer-target-unknown"),
            await RefusedAsync(await TransferAsync(reviewer, taskId, "nobody", "请假"), HttpStatusCode.UnprocessableEntity, "to"));
        Assert.Equal(("transfer-target-not-in-role", "transfer-target-not-in-role"),
            await RefusedAsync(await TransferAsync(reviewer, taskId, "clerk", "请假"), HttpStatusCode.UnprocessableEntity, "to"));
        Assert.Equal(("transfer-target-is-holder", "transfer-target-is-holder"),
            await RefusedAsync(await TransferAsync(reviewer, taskId, "reviewer", "请假"), HttpStatusCode.UnprocessableEntity, "to"));
        // Both wrong at once: both fields answer.
        var both = await RefusedAsync(await TransferAsync(reviewer, taskId, "clerk", ""), HttpStatusCode.UnprocessableEntity, "to");
        Assert.Equal(("validation", "transfer-target-not-in-role"), both);

        Assert.Equal(before, await SnapshotAsync(Id(application)));
    }

    [Fact]
    public async Task A_locked_colleague_cannot_take_the_task()
    {
        var admin = await host.ClientAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/users",
            new { userName = "reviewer.away", displayName = "外出审核", roles = new[] { "reviewer" }, password = "Temp-Pass-42" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/users/reviewer.away/lock", null)).StatusCode);
        var (application, taskId) = await ClaimedReviewAsync();
        var before = await SnapshotAsync(Id(application));

        var refused = await RefusedAsync(await TransferAsync(await host.ClientAsync("reviewer"), taskId, "reviewer.away", "请假"),
            HttpStatusCode.UnprocessableEntity, "to");

        Assert.Equal(("transfer-target-locked", "transfer-target-locked"), refused);
        Assert.Equal(before, await SnapshotAsync(Id(application)));
    }

    [Fact]
    public async Task Separation_of_duties_bars_a_colleague_who_reviewed_from_taking_the_approval()
    {
        var clerk = await host.ClientAsync("clerk");
        var application = await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept");
        application = await DoAsync(await host.ClientAsync("lead"), application, "pass"); // lead reviewed it
        var approvalTask = await OpenTaskAsync(Id(application), "approval");
        var approver = await host.ClientAsync("approver");
        Assert.Equal(HttpStatusCode.OK, (await approver.PostAsync($"/api/tasks/{approvalTask}/claim", null)).StatusCode);
        var before = await SnapshotAsync(Id(application));

        var response = await TransferAsync(approver, approvalTask, "lead", "请假");

        var body = await ReadAsync(response);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("transfer-target-separation-of-duties", body.GetProperty("code").GetString());
        Assert.Contains("不相容岗位分离", body.GetProperty("errors").GetProperty("to")[0].GetString());
        Assert.Equal(before, await SnapshotAsync(Id(application)));
    }

    [Fact]
    public async Task Only_the_holder_may_transfer_and_only_an_open_claimed_task_moves()
    {
        var (application, taskId) = await ClaimedReviewAsync();
        var reviewer2 = await host.ClientAsync("reviewer2");
        var before = await SnapshotAsync(Id(application));

        Assert.Equal(("not-task-holder", ""),
            await RefusedAsync(await TransferAsync(reviewer2, taskId, "lead", "请假"), HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.NotFound, (await TransferAsync(reviewer2, Guid.NewGuid(), "lead", "请假")).StatusCode);
        Assert.Equal(before, await SnapshotAsync(Id(application)));

        var clerk = await host.ClientAsync("clerk");
        var unclaimed = await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept");
        var unclaimedTask = await OpenTaskAsync(Id(unclaimed), "review");
        var beforeUnclaimed = await SnapshotAsync(Id(unclaimed));
        Assert.Equal(("task-not-claimed", ""),
            await RefusedAsync(await TransferAsync(reviewer2, unclaimedTask, "reviewer", "请假"), HttpStatusCode.Conflict));
        Assert.Equal(beforeUnclaimed, await SnapshotAsync(Id(unclaimed)));

        await DoAsync(await host.ClientAsync("reviewer"), application, "pass");
        var beforeDone = await SnapshotAsync(Id(application));
        Assert.Equal(("task-closed", ""),
            await RefusedAsync(await TransferAsync(await host.ClientAsync("reviewer"), taskId, "reviewer2", "请假"), HttpStatusCode.Conflict));
        Assert.Equal(beforeDone, await SnapshotAsync(Id(application)));
    }

    [Fact]
    public async Task A_manager_reassigns_an_absent_colleagues_tasks_and_lists_those_that_cannot_go()
    {
        // lead holds two reviews and one approval; reviewer2 may take the reviews but holds no approver role.
        var (first, firstTask) = await ClaimedReviewAsync("lead");
        var (second, secondTask) = await ClaimedReviewAsync("lead");
        var clerk = await host.ClientAsync("clerk");
        var third = await DoAsync(await host.ClientAsync("reviewer"), await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept"), "pass");
        var approvalTask = await OpenTaskAsync(Id(third), "approval");
        Assert.Equal(HttpStatusCode.OK, (await (await host.ClientAsync("lead")).PostAsync($"/api/tasks/{approvalTask}/claim", null)).StatusCode);
        var approvalBefore = await SnapshotAsync(Id(third));
        var manager = await host.ClientAsync("manager");

        var response = await manager.PostAsJsonAsync("/api/tasks/reassign", new { from = "lead", to = "reviewer2", reason = "病假" });

        var body = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        var moved = body.GetProperty("moved").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Equal(new HashSet<Guid> { firstTask, secondTask }, moved);
        var kept = Assert.Single(body.GetProperty("kept").EnumerateArray());
        Assert.Equal(approvalTask, kept.GetProperty("task").GetProperty("id").GetGuid());
        Assert.Equal("transfer-target-not-in-role", kept.GetProperty("code").GetString());
        Assert.Equal(approvalBefore, await SnapshotAsync(Id(third)));
        foreach (var application in new[] { first, second })
        {
            var records = await host.DbAsync(db => db.AuditRecords.AsNoTracking()
                .Where(r => r.ApplicationId == Id(application) && r.Action == "task-transferred").ToListAsync());
            Assert.Equal(("manager", "manager"), (Assert.Single(records).Actor, records[0].Role));
        }
    }

    [Fact]
    public async Task Reassigning_is_for_managers_and_checks_both_colleagues_before_touching_a_task()
    {
        var (application, _) = await ClaimedReviewAsync();
        var before = await SnapshotAsync(Id(application));
        var manager = await host.ClientAsync("manager");

        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.ClientAsync("reviewer"))
            .PostAsJsonAsync("/api/tasks/reassign", new { from = "reviewer", to = "reviewer2", reason = "病假" })).StatusCode);
        Assert.Equal(("reassign-from-unknown", "reassign-from-unknown"), await RefusedAsync(
            await manager.PostAsJsonAsync("/api/tasks/reassign", new { from = "nobody", to = "reviewer2", reason = "病假" }),
            HttpStatusCode.UnprocessableEntity, "from"));
        Assert.Equal(("transfer-target-is-holder", "transfer-target-is-holder"), await RefusedAsync(
            await manager.PostAsJsonAsync("/api/tasks/reassign", new { from = "reviewer", to = "reviewer", reason = "病假" }),
            HttpStatusCode.UnprocessableEntity, "to"));
        Assert.Equal(("transfer-reason-required", "transfer-reason-required"), await RefusedAsync(
            await manager.PostAsJsonAsync("/api/tasks/reassign", new { from = "reviewer", to = "reviewer2" }),
            HttpStatusCode.UnprocessableEntity, "reason"));

        Assert.Equal(before, await SnapshotAsync(Id(application)));
    }
}
