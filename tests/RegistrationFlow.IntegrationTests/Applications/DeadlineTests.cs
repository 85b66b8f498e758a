using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>Warning and breach through the handler: once each, even when two jobs race; a late job records when it really ran.</summary>
public sealed class DeadlineTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task Warning_and_breach_act_once_each_and_the_breach_marks_the_application_overdue_and_escalates()
    {
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, China));
        var clerk = await host.ClientAsync("clerk");
        var application = await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept");
        var id = Id(application);
        var rows = await host.DeadlinesAsync(id);
        var warning = rows.Single(d => d.Kind == DeadlineKind.Warning);
        var breach = rows.Single(d => d.Kind == DeadlineKind.Breach);

        host.Clock.SetUtcNow(warning.DueAt);
        var raced = await Task.WhenAll(host.FireAsync(warning.Id), host.FireAsync(warning.Id));
        Assert.Equal([DeadlineOutcome.Fired, DeadlineOutcome.AlreadyDone], raced.Order());
        var warned = await host.DbAsync(db => db.OutboxNotifications.AsNoTracking()
            .Where(n => n.ApplicationId == id && n.Template == NotifyTemplates.DeadlineWarning).ToListAsync());
        Assert.Equal(["reviewer"], warned.Select(n => n.Recipient));

        // The breach job runs late (say, after a restart): it still acts, once, and records the real instant.
        var late = breach.DueAt.AddMinutes(42);
        host.Clock.SetUtcNow(late);
        Assert.Equal(DeadlineOutcome.Fired, await host.FireAsync(breach.Id));
        Assert.Equal(DeadlineOutcome.AlreadyDone, await host.FireAsync(breach.Id));
        var fired = (await host.DeadlinesAsync(id)).Single(d => d.Id == breach.Id);
        Assert.Equal((DeadlineState.Fired, late), (fired.State, fired.FiredAt));

        var reviewer = await host.ClientAsync("reviewer");
        var overdue = await GetAsync(reviewer, id);
        Assert.True(overdue.GetProperty("overdue").GetBoolean());
        var listed = await ReadAsync(await reviewer.GetAsync("/api/applications?overdue=true"));
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), a => Id(a) == id);
        var history = await ReadAsync(await reviewer.GetAsync($"/api/applications/{id}/history"));
        Assert.Equal(1, history.EnumerateArray().Count(r => r.GetProperty("action").GetString() == "escalated"));
        Assert.Equal(1, await host.DbAsync(db => db.OutboxNotifications.CountAsync(n => n.ApplicationId == id && n.Recipient == "manager")));

        // The ETag moved with the changes the deadlines made.
        Assert.NotEqual(application.GetProperty("etag").GetString(), overdue.GetProperty("etag").GetString());
    }
}
