using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>受理 needs every required material: accept is refused naming each one missing, and nothing changes.</summary>
public sealed class AcceptanceMaterialsTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task Accept_is_refused_with_one_error_per_missing_required_material_and_changes_nothing()
    {
        using var clerk = host.CreateClient(await host.SignInAsync("clerk"));
        var command = ApplicationDriver.NewBuildTransfer() with { Materials = ["application-form", "identity-documents"] };
        var created = await clerk.PostAsJsonAsync("/api/applications", command);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var application = await created.ReadJsonAsync();
        var id = application.GetProperty("id").GetGuid();
        var etag = created.Headers.ETag!.Tag;

        using var accept = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{id}/actions/accept") { Content = JsonContent.Create(new { }) };
        accept.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var refused = await clerk.SendAsync(accept);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.ReadJsonAsync();
        Assert.Equal("required-material-missing", problem.GetProperty("code").GetString());
        var keys = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Equal(["materials[deed-tax-proof]", "materials[developer-credentials]", "materials[developer-first-registration]",
            "materials[interview-record]", "materials[purchase-invoice]", "materials[sale-contract]"], keys.Order());
        var after = await (await clerk.GetAsync($"/api/applications/{id}")).ReadJsonAsync();
        Assert.Equal("received", after.GetProperty("status").GetString());
    }
}

/// <summary>收件 before 受理: POST /api/applications/{id}/materials records what arrived, then accept goes through.</summary>
public sealed class RecordMaterialsTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Materials_that_arrive_after_intake_are_recorded_and_the_application_can_then_be_accepted()
    {
        using var clerk = host.CreateClient(await host.SignInAsync("clerk"));
        var created = await clerk.PostAsJsonAsync("/api/applications", ApplicationDriver.NewBuildTransfer() with { Materials = ["application-form"] });
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        var etag = created.Headers.ETag!.Tag;
        var all = new[] { "application-form", "identity-documents", "developer-credentials", "sale-contract", "deed-tax-proof",
            "developer-first-registration", "purchase-invoice", "interview-record" };

        var unknown = await PostAsync(clerk, $"/api/applications/{id}/materials", new { materials = new[] { "application-form", "passport-photo" } }, etag);
        var recorded = await PostAsync(clerk, $"/api/applications/{id}/materials", new { materials = all }, etag);
        var accepted = await PostAsync(clerk, $"/api/applications/{id}/actions/accept", new { }, recorded.Headers.ETag!.Tag);
        var late = await PostAsync(clerk, $"/api/applications/{id}/materials", new { materials = all }, accepted.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(["materials[1]"], (await unknown.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("in-progress", (await accepted.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var history = await (await clerk.GetAsync($"/api/applications/{id}/history")).ReadJsonAsync();
        Assert.Equal(["create", "materials-recorded", "accept"], history.EnumerateArray().Select(r => r.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Only_the_clerk_records_materials()
    {
        var application = await host.CreateAsync();
        using var reviewer = host.CreateClient(await host.SignInAsync("reviewer"));

        var response = await PostAsync(reviewer, $"/api/applications/{application.Id}/materials", new { materials = new[] { "application-form" } }, $"\"{application.RowVersion}\"");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

/// <summary>The counter's accept button: with a required material missing nothing is recorded, so no orphan is left behind.</summary>
public sealed class IntakeDeskMaterialsTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task Accepting_at_the_counter_with_a_material_missing_records_nothing_and_says_which()
    {
        var command = ApplicationDriver.NewBuildTransfer() with { Materials = ["application-form", "identity-documents", "developer-credentials",
            "sale-contract", "deed-tax-proof", "developer-first-registration", "purchase-invoice"] };
        var before = await host.InScopeAsync(services => services.GetRequiredService<RegistrationFlow.Infrastructure.Persistence.RegistrationDbContext>()
            .Applications.CountAsync());

        var outcome = await host.InScopeAsync(services => services.GetRequiredService<RegistrationFlow.Web.Features.Intake.IntakeDesk>()
            .AcceptAsync(command, "accept", null, Staff.Clerk));

        Assert.False(outcome.Done);
        Assert.Null(outcome.ApplicationId);
        Assert.Contains("询问笔录", outcome.Message!.Text.ZhCn);
        Assert.Equal(before, await host.InScopeAsync(services => services.GetRequiredService<RegistrationFlow.Infrastructure.Persistence.RegistrationDbContext>()
            .Applications.CountAsync()));
    }
}
