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
            .AcceptAsync(command, "accept", Staff.Clerk));

        Assert.False(outcome.Done);
        Assert.Null(outcome.ApplicationId);
        Assert.Contains("询问笔录", outcome.Message!.Text.ZhCn);
        Assert.Equal(before, await host.InScopeAsync(services => services.GetRequiredService<RegistrationFlow.Infrastructure.Persistence.RegistrationDbContext>()
            .Applications.CountAsync()));
    }
}
