using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Workflows;

public sealed class DraftAndPublishTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task A_published_second_version_is_what_new_applications_use_while_started_ones_keep_theirs()
    {
        using var manager = host.CreateClient(await host.SignInAsync("manager"));
        using var clerk = host.CreateClient(await host.SignInAsync("clerk"));
        var before = await host.CreateAsync();
        Assert.Equal(1, before.WorkflowVersion);

        var drafted = await manager.PostAsJsonAsync("/api/workflows/commercial-housing-transfer/drafts", new { text = RepositoryWorkflows.CommercialV2 });
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        Assert.Equal("/api/workflows/commercial-housing-transfer/versions/2", drafted.Headers.Location?.OriginalString);
        var draft = await drafted.ReadJsonAsync();
        Assert.False(draft.GetProperty("published").GetBoolean());
        Assert.True(draft.GetProperty("created").GetBoolean());

        // Stored, not yet in force: the list shows both, new applications still start on version 1.
        var listed = (await (await manager.GetAsync("/api/workflows")).ReadJsonAsync()).GetProperty("workflows").EnumerateArray()
            .Single(w => w.GetProperty("id").GetString() == "commercial-housing-transfer");
        Assert.Equal(1, listed.GetProperty("publishedVersion").GetInt32());
        Assert.Equal([(1, true), (2, false)], listed.GetProperty("versions").EnumerateArray()
            .Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("published").GetBoolean())));
        Assert.Equal(1, (await host.CreateAsync()).WorkflowVersion);

        // The same text again changes nothing.
        var again = await manager.PostAsJsonAsync("/api/workflows/commercial-housing-transfer/drafts", new { text = RepositoryWorkflows.CommercialV2 });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((await again.ReadJsonAsync()).GetProperty("created").GetBoolean());

        var published = await manager.PostAsync("/api/workflows/commercial-housing-transfer/versions/2/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var publication = await published.ReadJsonAsync();
        Assert.Equal(1, publication.GetProperty("previousVersion").GetInt32());
        Assert.Equal("manager", publication.GetProperty("publishedBy").GetString());

        var created = await clerk.PostAsJsonAsync("/api/applications", ApplicationDriver.NewBuildTransfer());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(2, (await created.ReadJsonAsync()).GetProperty("workflowVersion").GetInt32());
        Assert.Equal(1, (await host.ApplicationAsync(before.Id)).WorkflowVersion);
        var versions = await host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>().DefinitionVersions
            .Where(d => d.WorkflowId == "commercial-housing-transfer").OrderBy(d => d.Version).Select(d => d.Published).ToListAsync());
        Assert.Equal([false, true], versions);

        // The preview follows the published version: its cut-off is now 15:00.
        var preview = await (await manager.GetAsync(
            "/api/service-levels/preview?workflow=commercial-housing-transfer&acceptedAt=2026-03-02T15:30:00%2B08:00")).ReadJsonAsync();
        Assert.Equal(2, preview.GetProperty("workflowVersion").GetInt32());
        Assert.Equal("2026-03-03T17:00:00+08:00", preview.GetProperty("dueAt").GetString());

        var audit = await host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>().AuditRecords
            .Where(r => r.Action == DefinitionStore.DefinitionPublished && r.Actor == "manager").ToListAsync());
        Assert.Contains(audit, r => r.Detail!.Contains("\"version\":2"));
    }

    [Fact]
    public async Task An_invalid_draft_is_refused_with_its_problems_and_nothing_is_stored()
    {
        using var manager = host.CreateClient(await host.SignInAsync("manager")).InEnglish();
        var text = RepositoryWorkflows.CommercialV1.Replace("version: 1", "version: 3").Replace("warn-before: 60m", "warn-before: soon");

        var response = await manager.PostAsync("/api/workflows/commercial-housing-transfer/drafts", new StringContent(text, Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("definition-invalid", problem.GetProperty("code").GetString());
        var found = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Equal(text.Split('\n').ToList().FindIndex(line => line.Contains("warn-before")) + 1, found.GetProperty("line").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/workflows/commercial-housing-transfer/versions/3")).StatusCode);
    }

    [Fact]
    public async Task Other_content_under_a_version_number_already_stored_is_a_409_saying_bump_the_version()
    {
        using var manager = host.CreateClient(await host.SignInAsync("manager")).InEnglish();
        var changed = RepositoryWorkflows.CommercialV1.Replace("cut-off: \"16:00\"", "cut-off: \"15:30\"");

        var response = await manager.PostAsJsonAsync("/api/workflows/commercial-housing-transfer/drafts", new { text = changed });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("version-taken", problem.GetProperty("code").GetString());
        Assert.Contains("bump the version", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_draft_naming_another_workflow_than_its_address_is_a_422()
    {
        using var manager = host.CreateClient(await host.SignInAsync("manager"));

        var response = await manager.PostAsJsonAsync("/api/workflows/mortgage-registration/drafts", new { text = RepositoryWorkflows.CommercialV2 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("id", out _));
    }

    [Theory]
    [InlineData("clerk")]
    [InlineData("admin")]
    public async Task Only_managers_store_drafts_and_publish(string userName)
    {
        using var client = host.CreateClient(await host.SignInAsync(userName));

        var draft = await client.PostAsJsonAsync("/api/workflows/commercial-housing-transfer/drafts", new { text = RepositoryWorkflows.CommercialV2 });
        var publish = await client.PostAsync("/api/workflows/commercial-housing-transfer/versions/1/publish", null);

        Assert.Equal(HttpStatusCode.Forbidden, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
    }

    [Fact]
    public async Task Publishing_a_version_that_does_not_exist_is_a_404()
    {
        using var manager = host.CreateClient(await host.SignInAsync("manager"));

        var response = await manager.PostAsync("/api/workflows/commercial-housing-transfer/versions/42/publish", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_stored_version_that_no_longer_validates_is_not_published_and_the_one_in_force_stays()
    {
        // A row from an earlier release, stored before today's rules: the publish validates again and refuses it.
        var text = RepositoryWorkflows.CommercialV1.Replace("version: 1", "version: 9").Replace("cut-off: \"16:00\"", "cut-off: \"07:00\"");
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            db.DefinitionVersions.Add(new DefinitionVersion
            {
                Id = Guid.NewGuid(), WorkflowId = "commercial-housing-transfer", Version = 9, Content = text,
                ContentHash = DefinitionHash.Of(text), CreatedAt = host.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        });
        using var manager = host.CreateClient(await host.SignInAsync("manager")).InEnglish();
        var inForce = await PublishedVersionAsync();

        var response = await manager.PostAsync("/api/workflows/commercial-housing-transfer/versions/9/publish", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("definition-invalid", problem.GetProperty("code").GetString());
        Assert.Contains(problem.GetProperty("problems").EnumerateArray(), p => p.GetProperty("message").GetString()!.Contains("cut-off"));
        Assert.Equal(inForce, await PublishedVersionAsync());
    }

    private Task<int> PublishedVersionAsync() => host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>()
        .DefinitionVersions.Where(d => d.WorkflowId == "commercial-housing-transfer" && d.Published).Select(d => d.Version).SingleAsync());
}
