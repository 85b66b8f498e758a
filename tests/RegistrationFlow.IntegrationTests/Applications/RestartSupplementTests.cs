using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>补正 under <c>on-supplement: restart</c>: a fresh promise from resubmission; deadline rows and jobs move with it.</summary>
public sealed class RestartSupplementTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, China);

    private async Task<List<Deadline>> PendingAsync(Guid id) =>
        (await host.DeadlinesAsync(id)).Where(d => d.State == DeadlineState.Pending).OrderBy(d => d.DueAt).ToList();

    [Fact]
    public async Task Restart_gives_a_fresh_same_day_promise_from_the_moment_the_materials_arrive()
    {
        host.Clock.SetUtcNow(At(2, 9));
        var clerk = await host.ClientAsync("clerk");
        var application = await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept");
        var id = Id(application);
        var first = await PendingAsync(id);
        Assert.Equal([At(2, 16), At(2, 17).AddSeconds(1)], first.Select(d => d.DueAt));

        host.Clock.SetUtcNow(At(2, 10));
        var reviewer = await host.ClientAsync("reviewer");
        application = await DoAsync(reviewer, application, "request-supplement", new { missingMaterials = new[] { "deed-tax-proof" } });
        Assert.Equal(("awaiting-supplement", "awaiting-supplement"), (Step(application), Status(application)));
        Assert.Empty(await PendingAsync(id));
        var cancelled = await host.DeadlinesAsync(id);
        Assert.All(first, d => Assert.Equal(DeadlineState.Cancelled, cancelled.Single(x => x.Id == d.Id).State));

        host.Clock.SetUtcNow(At(3, 10)); // the next day
        clerk = await host.ClientAsync("clerk");
        application = await DoAsync(clerk, application, "resubmit", new { receivedMaterials = new[] { "deed-tax-proof" } });
        Assert.Equal("2026-03-03T17:00:00+08:00", application.GetProperty("dueAt").GetString());
        var second = await PendingAsync(id);
        Assert.Equal([(DeadlineKind.Warning, At(3, 16)), (DeadlineKind.Breach, At(3, 17).AddSeconds(1))], second.Select(d => (d.Kind, d.DueAt)));
    }
}
