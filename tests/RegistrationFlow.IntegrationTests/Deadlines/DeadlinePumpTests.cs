using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.IntegrationTests.Applications;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Deadlines;

/// <summary>The deadline pump and its firing job: when rows are fired, and that each is fired once.</summary>
public sealed class DeadlinePumpTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task A_firing_before_the_row_is_due_changes_nothing_and_the_row_fires_at_its_instant()
    {
        var application = await host.AcceptedAsync();
        var warning = await host.DeadlineAsync(application.Id, DeadlineKind.Warning);
        host.Clock.Advance(warning.DueAt - TimeSpan.FromSeconds(1) - host.Clock.GetUtcNow());

        Assert.Equal(DeadlineOutcome.TooEarly, await FireAsync(host, warning.Id));
        Assert.Equal(DeadlineState.Pending, (await host.DeadlineAsync(warning.Id)).State);
        Assert.DoesNotContain(await host.HistoryAsync(application.Id), r => r.Action == ApplicationAuditActions.DeadlineWarning);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.WaitUntilFiredAsync(warning.Id);
        Assert.Equal(warning.DueAt, (await host.DeadlineAsync(warning.Id)).FiredAt);
        Assert.Single(await host.HistoryAsync(application.Id), r => r.Action == ApplicationAuditActions.DeadlineWarning);
    }

    [Fact]
    public async Task A_due_row_this_node_was_not_told_of_is_found_by_the_poll_and_fired()
    {
        var application = await host.AcceptedAsync();
        // Written behind this node's back, as another node would: nothing wakes the pump but its poll.
        var row = new Deadline
        {
            Id = Guid.NewGuid(), ApplicationId = application.Id, Kind = DeadlineKind.Warning, State = DeadlineState.Pending,
            DueAt = host.Clock.GetUtcNow(), CreatedAt = host.Clock.GetUtcNow(),
        };
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            db.Deadlines.Add(row);
            await db.SaveChangesAsync();
        });

        await host.WaitUntilFiredAsync(row.Id);
        Assert.Equal(row.DueAt, (await host.DeadlineAsync(row.Id)).FiredAt);
    }

    private static Task<DeadlineOutcome> FireAsync(ServiceHost host, Guid deadlineId) =>
        host.InScopeAsync(services => services.GetRequiredService<IDeadlineHandler>().HandleAsync(deadlineId, CancellationToken.None));
}

/// <summary>Firing jobs of two nodes meeting on the same due rows: each row fires once, with one audit record.</summary>
public sealed class ConcurrentFiringTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    [Fact]
    public async Task Two_firing_jobs_at_once_fire_each_due_row_exactly_once()
    {
        var applications = new List<Application>();
        for (var i = 0; i < 12; i++) applications.Add(await host.AcceptedAsync());
        var warnings = new List<Deadline>();
        foreach (var application in applications) warnings.Add(await host.DeadlineAsync(application.Id, DeadlineKind.Warning));
        host.Clock.Advance(warnings.Max(w => w.DueAt) - host.Clock.GetUtcNow());

        var fired = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            host.InScopeAsync(services => services.GetRequiredService<DeadlineFiringJob>().FireDueAsync(CancellationToken.None)))));

        Assert.Equal(warnings.Count, fired.Sum());
        foreach (var (application, warning) in applications.Zip(warnings))
        {
            Assert.Equal(DeadlineState.Fired, (await host.DeadlineAsync(warning.Id)).State);
            Assert.Single(await host.HistoryAsync(application.Id), r => r.Action == ApplicationAuditActions.DeadlineWarning);
        }
    }
}
