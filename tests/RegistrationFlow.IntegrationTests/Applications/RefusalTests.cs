using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>Each refusal code of the action endpoint; every refusal leaves the database as it was (except the audited separation-of-duties one).</summary>
public sealed class RefusalTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private async Task<(JsonElement Problem, HttpStatusCode Status)> RefusedAsync(Func<Task<HttpResponseMessage>> request, bool writesAudit = false)
    {
        var before = await host.CountRowsAsync();
        var response = await request();
        var after = await host.CountRowsAsync();
        if (writesAudit) after["AuditRecords"]--;
        Assert.Equal(before, after);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await ReadAsync(response), response.StatusCode);
    }

    private async Task<JsonElement> AtReviewAsync(HttpClient clerk) => await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept");

    [Fact]
    public async Task A_reviewer_cannot_accept_at_intake_403_not_your_role()
    {
        var clerk = await host.ClientAsync("clerk");
        var application = await CreateAsync(clerk, CommercialBody());
        var reviewer = await host.ClientAsync("reviewer"); // signing in is audited: before counting
        var (problem, status) = await RefusedAsync(() => ActAsync(reviewer, application, "accept"));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("not-your-role", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_a_clerk_starts_an_application_403()
    {
        var reviewer = await host.ClientAsync("reviewer");
        var (problem, status) = await RefusedAsync(() => reviewer.PostAsJsonAsync("/api/applications", CommercialBody()));
        Assert.Equal((HttpStatusCode.Forbidden, "not-your-role"), (status, problem.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Lead_who_reviewed_may_not_approve_403_separation_of_duties_and_the_refusal_is_audited()
    {
        var clerk = await host.ClientAsync("clerk");
        var lead = await host.ClientAsync("lead");
        var application = await DoAsync(lead, await AtReviewAsync(clerk), "pass");
        Assert.DoesNotContain("approve", Actions(application)); // the UI hides it; the server refuses it anyway

        var (problem, status) = await RefusedAsync(() => ActAsync(lead, application, "approve"), writesAudit: true);
        Assert.Equal((HttpStatusCode.Forbidden, "separation-of-duties"), (status, problem.GetProperty("code").GetString()));
        var audit = await host.DbAsync(db => db.AuditRecords.AsNoTracking().Where(r => r.ApplicationId == Id(application)).OrderBy(r => r.Sequence).ToListAsync());
        var refusal = audit[^1];
        Assert.Equal(("lead", "approver", "separation-of-duties-refused", "approval"), (refusal.Actor, refusal.Role, refusal.Action, refusal.FromStep));
        Assert.Equal("approval", Step(await GetAsync(lead, Id(application))));

        // The refusal's message is kept in both languages, as the person was told it, for timelines in either language.
        var history = await ReadAsync(await lead.GetAsync($"/api/applications/{Id(application)}/history"));
        var message = history.EnumerateArray().Last().GetProperty("detail").GetProperty("message");
        Assert.Equal(problem.GetProperty("detail").GetString(), message.GetProperty("zh-CN").GetString());
        Assert.Contains("不相容岗位分离", message.GetProperty("zh-CN").GetString());
        Assert.Contains("separation of duties forbids you", message.GetProperty("en-US").GetString());
    }

    [Fact]
    public async Task A_stale_etag_is_412_and_a_missing_if_match_is_428()
    {
        var clerk = await host.ClientAsync("clerk");
        var created = await CreateAsync(clerk, CommercialBody());
        await DoAsync(clerk, created, "accept");

        var reviewer = await host.ClientAsync("reviewer");
        var (stale, staleStatus) = await RefusedAsync(() => ActAsync(reviewer, created, "pass"));
        Assert.Equal((HttpStatusCode.PreconditionFailed, "stale-etag"), (staleStatus, stale.GetProperty("code").GetString()));
        Assert.Equal("\"2\"", stale.GetProperty("currentEtag").GetString());

        var (missing, missingStatus) = await RefusedAsync(() => ActAsync(reviewer, Id(created), "pass", etag: null));
        Assert.Equal((HttpStatusCode.PreconditionRequired, "if-match-required"), (missingStatus, missing.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_missing_required_field_is_422_keyed_by_the_body_field()
    {
        var clerk = await host.ClientAsync("clerk");
        var application = await CreateAsync(clerk, CommercialBody());
        var (problem, status) = await RefusedAsync(() => ActAsync(clerk, application, "refuse-intake", new { reason = "  " }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["missingMaterials", "reason"], fields);
        Assert.Equal("required-field-missing", problem.GetProperty("codes").GetProperty("reason")[0].GetString());
    }

    [Fact]
    public async Task A_false_guard_and_an_action_not_open_now_are_422()
    {
        var clerk = await host.ClientAsync("clerk");
        var atReview = await AtReviewAsync(clerk);
        var reviewer = await host.ClientAsync("reviewer");
        var (guard, guardStatus) = await RefusedAsync(() => ActAsync(reviewer, atReview, "pass-second-review")); // price 1 250 000 < 10 000 000
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "guard-false"), (guardStatus, guard.GetProperty("code").GetString()));

        var (notOpen, notOpenStatus) = await RefusedAsync(() => ActAsync(clerk, atReview, "hand-over"));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "not-available"), (notOpenStatus, notOpen.GetProperty("code").GetString()));

        var (unknown, unknownStatus) = await RefusedAsync(() => ActAsync(clerk, atReview, "teleport"));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "unknown-action"), (unknownStatus, unknown.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task An_unknown_application_is_404_in_the_callers_language()
    {
        var clerk = await host.ClientAsync("clerk");
        clerk.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var id = Guid.NewGuid();
        var (problem, status) = await RefusedAsync(() => ActAsync(clerk, id, "accept", "\"1\""));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal($"There is no application {id}.", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/applications/{id}/history")).StatusCode);
    }
}
