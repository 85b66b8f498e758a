using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.IntegrationTests.Calendar;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Nodes;

/// <summary>
/// Two nodes — two whole hosts, each with its Hangfire server, deadline dispatcher and caches — on one PostgreSQL
/// database, as behind a load balancer. Both clocks are moved together.
/// </summary>
[Trait(StorageTraits.Name, StorageTraits.PostgreSql)]
public sealed class TwoNodesTests : IAsyncLifetime
{
    private readonly string _folder = ServiceHost.NewFolder();
    private HostOnFolder _a = null!;
    private HostOnFolder _b = null!;

    public async Task InitializeAsync()
    {
        Assert.True(ServiceHost.OnPostgreSql, $"several nodes need PostgreSQL: run with {ServiceHost.ProviderVariable}=PostgreSql (./test.sh does)");
        _a = new HostOnFolder(_folder, ServiceHost.Start) { KeepFolder = true };
        _b = new HostOnFolder(_folder, ServiceHost.Start);
        await Task.WhenAll(_a.InitializeAsync(), _b.InitializeAsync()); // started together: one migrates and seeds, the other waits
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_a).DisposeAsync();
        await ((IAsyncLifetime)_b).DisposeAsync();
    }

    private void Advance(TimeSpan by)
    {
        _a.Clock.Advance(by);
        _b.Clock.Advance(by);
    }

    [Fact]
    public async Task Nodes_started_together_seed_once_and_a_deadline_seen_by_both_fires_once()
    {
        Assert.Equal(1, await _a.InScopeAsync(s => s.GetRequiredService<RegistrationDbContext>().Users.CountAsync(u => u.UserName == "clerk")));

        var accepted = await _a.AcceptedAsync();
        var warning = await _b.DeadlineAsync(accepted.Id, DeadlineKind.Warning);
        Advance(warning.DueAt - _a.Clock.GetUtcNow());
        await _a.WaitUntilFiredAsync(warning.Id);
        // The other node trying the same row (as its own dispatcher or a second job would) finds it done.
        Assert.Equal(DeadlineOutcome.AlreadyDone,
            await _b.InScopeAsync(s => s.GetRequiredService<IDeadlineHandler>().HandleAsync(warning.Id, CancellationToken.None)));

        Assert.Single(await _b.HistoryAsync(accepted.Id), r => r.Action == ApplicationAuditActions.DeadlineWarning);
        Assert.Equal(warning.DueAt, (await _b.DeadlineAsync(warning.Id)).FiredAt);
        // The audit chain is one chain whichever node appended.
        await _b.ActAsync(accepted.Id, "pass", Staff.Reviewer);
        await _a.ActAsync(accepted.Id, "approve", Staff.Approver);
        Assert.Null(await _b.InScopeAsync(s => s.GetRequiredService<AuditTrail>().VerifyAsync()));
    }

    [Fact]
    public async Task A_token_issued_by_one_node_is_accepted_by_the_other()
    {
        var token = await _a.SignInAsync("clerk"); // data-protection keys live in the shared database
        using var other = _b.CreateClient(token);

        var response = await other.GetAsync("/api/tasks");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_version_published_and_a_year_imported_on_one_node_are_in_force_on_the_other_after_its_refresh()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "workflows", "commercial-housing-transfer.v1.yaml"))
            .Replace("version: 1", "version: 2");
        await _a.InScopeAsync(async s =>
        {
            var drafts = s.GetRequiredService<WorkflowDrafts>();
            await drafts.SaveDraftAsync(ApplicationDriver.Workflow, text, "manager");
            return await drafts.PublishAsync(ApplicationDriver.Workflow, 2, "manager");
        });
        await _a.InScopeAsync(s => s.GetRequiredService<CalendarImports>().ImportAsync(2027, Notices2027.SpringFestivalWeek(),
            new StaffMember("manager", new HashSet<string> { "manager" }), "manager", CancellationToken.None));

        var catalog = _b.Services.GetRequiredService<WorkflowCatalog>();
        Assert.True(catalog.TryGetPublished(ApplicationDriver.Workflow, out var before) && before.Version == 1);
        Assert.True(_b.Services.GetRequiredService<LiveBusinessCalendar>().IsProvisional(new DateOnly(2027, 2, 11)));

        Assert.True(await _b.Services.GetRequiredService<DefinitionRefresher>().RefreshAsync(CancellationToken.None));
        await _b.Services.GetRequiredService<CalendarRefresher>().RefreshAsync(CancellationToken.None);

        Assert.True(catalog.TryGetPublished(ApplicationDriver.Workflow, out var after) && after.Version == 2);
        Assert.False(_b.Services.GetRequiredService<LiveBusinessCalendar>().IsProvisional(new DateOnly(2027, 2, 11)));
        Assert.Equal(2, (await _b.CreateAsync()).WorkflowVersion);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RegistrationFlow.sln"))) return dir.FullName;
        throw new InvalidOperationException("RegistrationFlow.sln not found");
    }
}
