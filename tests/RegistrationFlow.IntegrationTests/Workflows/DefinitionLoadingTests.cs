using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Workflows;

public sealed class DefinitionLoadingTests(ServiceHost host) : IClassFixture<ServiceHost>, IDisposable
{
    private const string Commercial = "commercial-housing-transfer";
    private readonly string _folder = Directory.CreateTempSubdirectory("registrationflow-workflows-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private WorkflowCatalog Catalog => host.Services.GetRequiredService<WorkflowCatalog>();

    private static string ShippedText(string fileName) =>
        File.ReadAllText(Path.Combine(ShippedFolder.Path, fileName));

    private static readonly WorkflowsFolder ShippedFolder =
        WorkflowsFolder.Resolve(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), AppContext.BaseDirectory);

    private Task<DefinitionLoadReport> LoadAsync(string folder) => host.InScopeAsync(services =>
        services.GetRequiredService<DefinitionFolderLoader>().LoadAsync(new WorkflowsFolder(folder), CancellationToken.None));

    private Task<(int Versions, int Audit)> CountAsync() => host.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<RegistrationDbContext>();
        return (await db.DefinitionVersions.CountAsync(), await db.AuditRecords.CountAsync());
    });

    [Fact]
    public void Start_up_publishes_every_shipped_workflow_compiled()
    {
        var published = Catalog.PublishedWorkflows.Select(e => $"{e.Id} v{e.Version}").ToList();
        Assert.Equal(
            ["commercial-housing-transfer v1", "land-use-right-first-registration v2", "mortgage-cancellation v1",
             "mortgage-registration v2", "second-hand-housing-transfer v1"], published);
        Assert.Empty(Catalog.LoadProblems);
        Assert.True(Catalog.TryGet(Commercial, 1, out var entry));
        Assert.Equal("intake", entry.Compiled.Steps[entry.Compiled.StartStep].Id);
    }

    [Fact]
    public async Task Loading_the_same_files_again_changes_nothing()
    {
        var before = await CountAsync();
        var report = await LoadAsync(ShippedFolder.Path);
        Assert.Empty(report.Added);
        Assert.Empty(report.Published);
        Assert.Equal(7, report.Unchanged); // five workflows, mortgage registration and land-use right in two versions each
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_changed_stored_version_is_refused_a_broken_file_is_reported_and_the_rest_load()
    {
        var original = ShippedText($"{Commercial}.v1.yaml");
        File.WriteAllText(Path.Combine(_folder, $"{Commercial}.v1.yaml"), original.Replace("warn-before: 60m", "warn-before: 30m"));
        File.WriteAllText(Path.Combine(_folder, "broken.v1.yaml"), "id: broken\nversion: 1\nsteps: [unclosed\n");
        var mortgage = ShippedText("mortgage-cancellation.v1.yaml");
        File.WriteAllText(Path.Combine(_folder, "mortgage-cancellation.v7.yaml"), mortgage.Replace("version: 1", "version: 7"));
        File.WriteAllText(Path.Combine(_folder, "mortgage-registration.v1.yaml"), ShippedText("mortgage-registration.v1.yaml").Replace("\n", "\r\n"));
        var before = await CountAsync();

        var report = await LoadAsync(_folder);

        Assert.Equal(["mortgage-cancellation v7"], report.Added);
        Assert.Equal(["mortgage-cancellation v7"], report.Published);
        Assert.Equal(1, report.Unchanged); // CRLF line endings are the same content
        var conflict = Assert.Single(report.Problems, p => p.Kind == DefinitionLoadProblemKind.VersionConflict);
        Assert.Equal($"{Commercial}.v1.yaml", conflict.File);
        Assert.Contains("bump the version", conflict.ToString());
        Assert.StartsWith($"{Commercial}.v1.yaml:5:", conflict.ToString());
        var broken = Assert.Single(report.Problems, p => p.Kind == DefinitionLoadProblemKind.Invalid);
        Assert.Matches(@"^broken\.v1\.yaml:\d+:\d+: ", broken.ToString());
        Assert.Equal(report.Problems, Catalog.LoadProblems);

        // Stored and published in one go, audited: one row, two audit records (stored, published).
        var after = await CountAsync();
        Assert.Equal((before.Versions + 1, before.Audit + 2), after);
        Assert.True(Catalog.TryGetPublished("mortgage-cancellation", out var current));
        Assert.Equal(7, current.Version);
        Assert.True(Catalog.TryGet("mortgage-cancellation", 1, out var older));
        Assert.False(older.Published);
        Assert.True(Catalog.TryGetPublished(Commercial, out var commercial));
        Assert.Contains("warn-before: 60m", await host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>()
            .DefinitionVersions.Where(d => d.WorkflowId == Commercial && d.Version == commercial.Version)
            .Select(d => d.Content).SingleAsync()));
    }
}
