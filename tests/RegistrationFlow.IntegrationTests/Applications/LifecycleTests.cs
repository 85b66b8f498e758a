using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

public sealed class LifecycleTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task A_new_build_transfer_goes_from_intake_to_completed_with_the_certificate_handed_over_the_next_working_day()
    {
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, China)); // Monday, hall open
        var clerk = await host.ClientAsync("clerk");

        var created = await clerk.PostAsJsonAsync("/api/applications", CommercialBody());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var application = await ReadAsync(created);
        var id = Id(application);
        Assert.Equal($"/api/applications/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(application.GetProperty("etag").GetString(), created.Headers.ETag!.ToString());
        Assert.Equal("LH202603020001", application.GetProperty("number").GetString());
        Assert.Equal((Commercial, 1, "intake", "received"),
            (application.GetProperty("workflow").GetString(), application.GetProperty("workflowVersion").GetInt32(), Step(application), Status(application)));
        Assert.Equal(["accept", "refuse-intake", "withdraw"], Actions(application));
        Assert.Equal("11010519491231002X", application.GetProperty("parties")[0].GetProperty("idNumber").GetString()); // normalised, shown to the clerk

        host.Clock.Advance(TimeSpan.FromMinutes(10));
        application = await DoAsync(clerk, application, "accept", new { comment = "材料齐全" });
        Assert.Equal(("review", "in-progress"), (Step(application), Status(application)));
        Assert.Equal("2026-03-02T09:10:00+08:00", application.GetProperty("acceptedAt").GetString());
        Assert.Equal("2026-03-02T17:00:00+08:00", application.GetProperty("dueAt").GetString()); // same day, closing time
        var clock = (await host.DeadlinesAsync(id)).Where(d => d.State == DeadlineState.Pending).OrderBy(d => d.DueAt).ToList();
        Assert.Equal([DeadlineKind.Warning, DeadlineKind.Breach], clock.Select(d => d.Kind));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 16, 0, 0, China), clock[0].DueAt);

        host.Clock.Advance(TimeSpan.FromHours(1));
        var reviewer = await host.ClientAsync("reviewer");
        application = await GetAsync(reviewer, id);
        Assert.Contains("pass", Actions(application));
        application = await DoAsync(reviewer, application, "pass");
        host.Clock.Advance(TimeSpan.FromHours(1));
        var approver = await host.ClientAsync("approver");
        application = await DoAsync(approver, application, "approve", new { comment = "准予登簿" });

        Assert.Equal(("certificate", "registered"), (Step(application), Status(application)));
        Assert.Equal("浙(2026)临海市不动产权第0000001号", application.GetProperty("certificateNumber").GetString());
        Assert.Equal("2026-03-02T11:10:00+08:00", application.GetProperty("registeredAt").GetString());
        Assert.Equal("2026-03-03T08:30:00+08:00", application.GetProperty("certificateReadyAt").GetString());
        Assert.False(application.GetProperty("overdue").GetBoolean());
        var deadlines = await host.DeadlinesAsync(id);
        Assert.All(clock, d => Assert.Equal(DeadlineState.Cancelled, deadlines.Single(x => x.Id == d.Id).State));
        var ready = deadlines.Single(d => d.Kind == DeadlineKind.CertificateReady);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 8, 30, 0, China), ready.DueAt);

        // The job runs early (a clock skew): nothing happens; at the instant it fires; a duplicate does nothing.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 8, 29, 59, China));
        Assert.Equal(DeadlineOutcome.TooEarly, await host.FireAsync(ready.Id));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 8, 30, 0, China));
        Assert.Equal(DeadlineOutcome.Fired, await host.FireAsync(ready.Id));
        Assert.Equal(DeadlineOutcome.AlreadyDone, await host.FireAsync(ready.Id));
        var fired = (await host.DeadlinesAsync(id)).Single(d => d.Id == ready.Id);
        Assert.Equal((DeadlineState.Fired, ready.DueAt), (fired.State, fired.FiredAt));

        clerk = await host.ClientAsync("clerk"); // bearer tokens last an hour on the (fake) clock
        application = await GetAsync(clerk, id);
        Assert.Equal(("pickup", "ready-for-pickup"), (Step(application), Status(application)));
        var notices = await host.DbAsync(db => db.OutboxNotifications.AsNoTracking().Where(n => n.ApplicationId == id).ToListAsync());
        var notice = Assert.Single(notices, n => n.Audience == "applicant");
        Assert.Equal("LH202603020001", notice.Recipient);
        // The definition's wording, with the receipt number filled in when the notification was written.
        Assert.Equal(("applicant-update", "您的不动产登记申请（受理编号 LH202603020001）有新进展。"), (notice.Template, notice.TextZhCn));

        host.Clock.Advance(TimeSpan.FromMinutes(45));
        application = await DoAsync(clerk, application, "hand-over",
            new
            {
                collector = new { capacity = "applicant", name = "张三", idType = "resident-id", idNumber = "11010519491231002X" },
                payment = new { method = "card", reference = "POS-20260303-0001" },
            });
        Assert.Equal("completed", Status(application));
        var collected = await host.DbAsync(db => db.Certificates.AsNoTracking().SingleAsync(c => c.ApplicationId == id));
        Assert.Equal(("applicant", "张三", "11010519491231002X", "clerk"),
            (collected.CollectedAs, collected.CollectorName, collected.CollectorIdNumber, collected.HandedOverBy));
        Assert.Empty(application.GetProperty("availableActions").EnumerateArray());
        var certificate = await host.DbAsync(db => db.Certificates.AsNoTracking().SingleAsync(c => c.ApplicationId == id));
        Assert.Equal(("clerk", new DateTimeOffset(2026, 3, 3, 9, 15, 0, China)), (certificate.HandedOverBy, certificate.HandedOverAt));
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 8, 30, 0, China), certificate.ReadyAt);
        Assert.Empty(await host.DbAsync(db => db.WorkTasks.Where(t => t.ApplicationId == id && t.State == WorkTaskState.Open).ToListAsync()));

        var history = await ReadAsync(await clerk.GetAsync($"/api/applications/{id}/history"));
        var rows = history.EnumerateArray().Select(r => (r.GetProperty("who").GetString(), r.GetProperty("action").GetString(),
            r.GetProperty("fromStep").GetString(), r.GetProperty("toStep").GetString())).ToList();
        Assert.Equal(
        [
            ("clerk", "create", null, "intake"), ("clerk", "accept", "intake", "review"), ("reviewer", "pass", "review", "approval"),
            ("approver", "approve", "approval", "certificate"), ("system", "certificate-ready", "certificate", "pickup"),
            ("clerk", "hand-over", "pickup", null),
        ], rows);
        var accept = history[1];
        Assert.Equal(("clerk", "材料齐全", "2026-03-02T09:10:00+08:00"),
            (accept.GetProperty("role").GetString(), accept.GetProperty("comment").GetString(), accept.GetProperty("instant").GetString()));
    }
}
