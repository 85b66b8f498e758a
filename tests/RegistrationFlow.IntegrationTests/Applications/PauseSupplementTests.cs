using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>补正 under <c>on-supplement: pause</c>: the deadline rows and jobs move by the time spent waiting.</summary>
public sealed class PauseSupplementTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, China);

    private async Task<List<Deadline>> PendingAsync(Guid id) =>
        (await host.DeadlinesAsync(id)).Where(d => d.State == DeadlineState.Pending).OrderBy(d => d.DueAt).ToList();

    [Fact]
    public async Task Pause_keeps_the_working_time_that_was_left_and_moves_the_due_instant_by_the_time_waited()
    {
        host.Clock.SetUtcNow(At(2, 9));
        var clerk = await host.ClientAsync("clerk");
        var application = await DoAsync(clerk, await CreateAsync(clerk, LandUseBody()), "accept");
        var id = Id(application);
        Assert.Equal("2026-03-09T17:00:00+08:00", application.GetProperty("dueAt").GetString()); // 5 working days, first day not counted

        host.Clock.SetUtcNow(At(2, 10));
        var reviewer = await host.ClientAsync("reviewer");
        application = await DoAsync(reviewer, application, "request-supplement", new { missingMaterials = new[] { "cadastral-survey" } });
        var waiting = await PendingAsync(id);
        var expiry = Assert.Single(waiting);
        Assert.Equal(DeadlineKind.SupplementExpiry, expiry.Kind); // 10 working days to supply them

        host.Clock.SetUtcNow(At(4, 10)); // two working days later
        clerk = await host.ClientAsync("clerk");
        application = await DoAsync(clerk, application, "resubmit", new { receivedMaterials = new[] { "cadastral-survey" } });
        Assert.Equal("2026-03-11T17:00:00+08:00", application.GetProperty("dueAt").GetString());
        Assert.Equal("in-progress", Status(application));
        var resumed = await PendingAsync(id);
        Assert.Equal([(DeadlineKind.Warning, At(11, 15)), (DeadlineKind.Breach, At(11, 17).AddSeconds(1))], resumed.Select(d => (d.Kind, d.DueAt)));
        Assert.Equal(DeadlineState.Cancelled, (await host.DeadlinesAsync(id)).Single(d => d.Id == expiry.Id).State);
    }
}
