using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Reports;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>
/// 容缺受理 through the API, on mortgage registration v2 (the loan contract may be owed). The host starts Monday
/// 2026-03-02 09:00 in Linhai (closing 17:00); same-day, so due Monday 17:00; a promise may name Tuesday 03-03 to Monday 03-09.
/// </summary>
internal static class OwedMaterialsDriver
{
    public const string Workflow = "mortgage-registration";

    public static readonly string[] AllButTheLoanContract =
        ["application-form", "identity-documents", "mortgagee-credentials", "property-certificate", "mortgage-contract", "interview-record"];

    public static IntakeCommand Mortgage(params string[] materials) => new()
    {
        Workflow = Workflow,
        Property = new PropertyInput { UnitNumber = "331082001001GB00001F00010001", Address = "临海市古城街道东湖路 1 号 1 幢 101 室", Area = 89.5m, Use = "residential" },
        Parties =
        [
            new PartyInput { Role = "mortgagor", Name = "张三", IdType = "resident-id", IdNumber = "11010519491231002X", Share = 1 },
            new PartyInput { Role = "mortgagee", Name = "中国某银行股份有限公司临海支行", IdType = "uscc", IdNumber = "91350100M000100Y43", Share = 1 },
        ],
        Materials = materials,
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        return await client.SendAsync(request);
    }

    /// <summary>Created with the loan contract missing, then accepted on the applicant's promise of <paramref name="promisedBy"/>.</summary>
    public static async Task<(Guid Id, HttpResponseMessage Accepted)> AcceptOwingAsync(HttpClient clerk, string promisedBy)
    {
        var created = await clerk.PostAsJsonAsync("/api/applications", Mortgage(AllButTheLoanContract));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        var accepted = await PostAsync(clerk, $"/api/applications/{id}/actions/accept", new { promisedBy }, created.Headers.ETag!.Tag);
        return (id, accepted);
    }
}

public sealed class OwedMaterialsTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task A_tolerable_material_missing_needs_a_promise_date_and_a_bad_one_is_refused_changing_nothing()
    {
        using var clerk = host.CreateClient(await host.SignInAsync("clerk"));
        var created = await clerk.PostAsJsonAsync("/api/applications", OwedMaterialsDriver.Mortgage(OwedMaterialsDriver.AllButTheLoanContract));
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        var etag = created.Headers.ETag!.Tag;

        var noPromise = await OwedMaterialsDriver.PostAsync(clerk, $"/api/applications/{id}/actions/accept", new { }, etag);
        var holiday = await OwedMaterialsDriver.PostAsync(clerk, $"/api/applications/{id}/actions/accept", new { promisedBy = "2026-03-07" }, etag);
        var tooLate = await OwedMaterialsDriver.PostAsync(clerk, $"/api/applications/{id}/actions/accept", new { promisedBy = "2026-03-10" }, etag);

        foreach (var (response, code) in new[] { (noPromise, "promise-date-missing"), (holiday, "promise-date-invalid"), (tooLate, "promise-date-invalid") })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var problem = await response.ReadJsonAsync();
            Assert.Equal(code, problem.GetProperty("code").GetString());
            Assert.Equal(["promisedBy"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        }
        var after = await (await clerk.GetAsync($"/api/applications/{id}")).ReadJsonAsync();
        Assert.Equal("received", after.GetProperty("status").GetString());
        Assert.Equal(etag, after.GetProperty("etag").GetString());
        Assert.Empty(await host.DeadlinesAsync(id));
    }

    [Fact]
    public async Task Accepted_with_a_promise_it_cannot_be_registered_until_the_material_is_supplied()
    {
        using var clerk = host.CreateClient(await host.SignInAsync("clerk"));
        using var reviewer = host.CreateClient(await host.SignInAsync("reviewer"));
        using var approver = host.CreateClient(await host.SignInAsync("approver"));
        var (id, accepted) = await OwedMaterialsDriver.AcceptOwingAsync(clerk, "2026-03-04");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var application = await accepted.ReadJsonAsync();
        var owed = application.GetProperty("owed");
        Assert.Equal(["loan-contract"], owed.GetProperty("outstanding").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2026-03-04", owed.GetProperty("promisedBy").GetString());
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 17, 0, 0, TimeSpan.FromHours(8)), owed.GetProperty("dueAt").GetDateTimeOffset());
        var deadlines = await host.DeadlinesAsync(id);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 8, 30, 0, TimeSpan.FromHours(8)), deadlines.Single(d => d.Kind == DeadlineKind.OwedMaterialReminder).DueAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 17, 0, 1, TimeSpan.FromHours(8)), deadlines.Single(d => d.Kind == DeadlineKind.OwedMaterialOverdue).DueAt);

        var reviewed = await ApplicationsApi.DoAsync(reviewer, await ApplicationsApi.GetAsync(reviewer, id), "pass");
        var refused = await ApplicationsApi.ActAsync(approver, await ApplicationsApi.GetAsync(approver, id), "approve");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.ReadJsonAsync();
        Assert.Equal("owed-material-outstanding", problem.GetProperty("code").GetString());
        Assert.Equal(["materials[loan-contract]"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(reviewed.GetProperty("etag").GetString(), (await ApplicationsApi.GetAsync(approver, id)).GetProperty("etag").GetString());

        var notOwed = await OwedMaterialsDriver.PostAsync(clerk, $"/api/applications/{id}/materials", new { materials = new[] { "application-form" } },
            reviewed.GetProperty("etag").GetString()!);
        Assert.Equal(HttpStatusCode.Conflict, notOwed.StatusCode);
        Assert.Equal("nothing-owed", (await notOwed.ReadJsonAsync()).GetProperty("code").GetString());

        var supplied = await OwedMaterialsDriver.PostAsync(clerk, $"/api/applications/{id}/materials", new { materials = new[] { "loan-contract" } },
            reviewed.GetProperty("etag").GetString()!);
        Assert.Equal(HttpStatusCode.OK, supplied.StatusCode);
        var afterSupply = await supplied.ReadJsonAsync();
        Assert.Empty(afterSupply.GetProperty("owed").GetProperty("outstanding").EnumerateArray());
        Assert.Contains("loan-contract", afterSupply.GetProperty("materials").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain(await host.DeadlinesAsync(id), d => d.Kind is DeadlineKind.OwedMaterialReminder or DeadlineKind.OwedMaterialOverdue
            && d.State == Infrastructure.Persistence.Entities.DeadlineState.Pending);

        var registered = await ApplicationsApi.DoAsync(approver, await ApplicationsApi.GetAsync(approver, id), "approve");
        Assert.Equal("registered", registered.GetProperty("status").GetString());
        Assert.False(registered.GetProperty("missedByApplicant").GetBoolean());
        var history = await host.HistoryAsync(id);
        Assert.Equal(["create", "accept", "pass", "owed-materials-supplied", "approve"], history.Select(r => r.Action));
    }
}

/// <summary>The promise kept by Hangfire: reminded on the promised morning, escalated at its closing, the miss the applicant's.</summary>
public sealed class OwedMaterialDeadlineTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static readonly TimeSpan Office = TimeSpan.FromHours(8);

    private async Task AdvanceToAsync(DateTimeOffset instant) => host.Clock.Advance(instant - host.Clock.GetUtcNow());

    [Fact]
    public async Task The_applicant_is_reminded_the_managers_told_and_the_late_registration_does_not_count_against_the_centre()
    {
        using var clerk = host.CreateClient(await host.SignInAsync("clerk"));
        var (id, accepted) = await OwedMaterialsDriver.AcceptOwingAsync(clerk, "2026-03-04");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await host.ActAsync(id, "pass", Staff.Reviewer);

        await AdvanceToAsync(new DateTimeOffset(2026, 3, 2, 17, 0, 1, Office));
        await host.WaitUntilFiredAsync((await host.DeadlineAsync(id, DeadlineKind.Breach)).Id);
        Assert.True((await host.ApplicationAsync(id)).MissedByApplicant);

        await AdvanceToAsync(new DateTimeOffset(2026, 3, 4, 8, 30, 0, Office));
        await host.WaitUntilFiredAsync((await host.DeadlineAsync(id, DeadlineKind.OwedMaterialReminder)).Id);
        var reminders = (await host.NotificationsAsync(id)).Where(n => n.Template == NotifyTemplates.OwedMaterialReminder).ToList();
        Assert.Equal(["applicant", "clerk"], reminders.Select(n => n.Audience).Order());
        Assert.All(reminders, n => Assert.Contains("2026-03-04", n.TextZhCn));
        Assert.All(reminders, n => Assert.Contains("借款合同", n.TextZhCn));

        await AdvanceToAsync(new DateTimeOffset(2026, 3, 4, 17, 0, 1, Office));
        await host.WaitUntilFiredAsync((await host.DeadlineAsync(id, DeadlineKind.OwedMaterialOverdue)).Id);
        var escalation = Assert.Single(await host.NotificationsAsync(id), n => n.Template == NotifyTemplates.OwedMaterialOverdue);
        Assert.Equal("manager", escalation.Audience);

        // Supplied on Thursday morning, registered at once: late, and the applicant's miss.
        await AdvanceToAsync(new DateTimeOffset(2026, 3, 5, 9, 0, 0, Office));
        var current = await host.ApplicationAsync(id);
        using var thursdayClerk = host.CreateClient(await host.SignInAsync("clerk")); // signed in now: tokens expire on the product clock
        var supplied = await OwedMaterialsDriver.PostAsync(thursdayClerk, $"/api/applications/{id}/materials", new { materials = new[] { "loan-contract" } },
            $"\"{current.RowVersion}\"");
        Assert.Equal(HttpStatusCode.OK, supplied.StatusCode);
        await host.ActAsync(id, "approve", Staff.Approver);

        using var manager = host.CreateClient(await host.SignInAsync("manager"));
        var thursday = await manager.GetFromJsonAsync<JsonElement>("/api/reports/daily?date=2026-03-05");
        Assert.Equal(1, thursday.GetProperty("registered").GetInt32());
        Assert.Equal(0, thursday.GetProperty("registeredOnTime").GetInt32());
        Assert.Equal(1, thursday.GetProperty("missedByApplicant").GetInt32());
        Assert.Equal(JsonValueKind.Null, thursday.GetProperty("onTimeRate").ValueKind);
        var history = (await host.HistoryAsync(id)).Select(r => r.Action).ToList();
        Assert.Equal(["create", "accept", "pass", "escalated", "owed-material-reminder", "owed-material-overdue", "owed-materials-supplied", "approve"],
            history.Where(a => a != "deadline-warning"));
    }
}
