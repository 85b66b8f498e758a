using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.IntegrationTests.Hosting;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.LoadTest.Measurement;
using RegistrationFlow.LoadTest.Options;
using RegistrationFlow.LoadTest.Reporting;
using RegistrationFlow.LoadTest.Running;

namespace RegistrationFlow.IntegrationTests.LoadTest;

/// <summary>
/// The load generator's engine against a test instance: it must complete lifecycles without a single error and end
/// its report with the RESULT line. No timing is asserted; the figures are taken by the benchmark runs.
/// </summary>
public sealed class LoadGeneratorSmokeTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task A_counted_run_completes_every_lifecycle_and_the_service_registered_each_one()
    {
        var registeredBefore = await CountRegisteredAsync();
        var options = new LoadTestOptions { Url = host.Server.BaseAddress, Users = 4, Lifecycles = 12, HandOver = false };
        var progress = new StringWriter();

        var result = await new LoadRunner(options, host.Server.CreateHandler(), progress).RunAsync();

        Assert.True(result.Errors == 0, Describe(result, progress));
        Assert.Equal(12, result.Lifecycles);
        Assert.Equal(12 * 4, result.Actions); // create, accept, pass, approve
        Assert.Equal(12 * 4, result.Latency.Count);
        Assert.Equal(12, await CountRegisteredAsync() - registeredBefore);

        var lastLine = Report(result)[^1];
        var match = ResultLine.Pattern().Match(lastLine);
        Assert.True(match.Success, lastLine);
        Assert.Equal("0", match.Groups["errors"].Value);
    }

    [Fact]
    public async Task A_timed_run_reports_progress_and_ends_with_the_RESULT_line()
    {
        var options = new LoadTestOptions { Url = host.Server.BaseAddress, Users = 3, Duration = TimeSpan.FromSeconds(2.5), HandOver = false };
        var progress = new StringWriter();

        var result = await new LoadRunner(options, host.Server.CreateHandler(), progress).RunAsync();

        Assert.True(result.Errors == 0, Describe(result, progress));
        Assert.True(result.Lifecycles > 0, Describe(result, progress));
        Assert.Contains("actions/s", progress.ToString());
        var lines = Report(result);
        Assert.Matches(ResultLine.Pattern(), lines[^1]);
        Assert.StartsWith("RESULT actions_per_s=", lines[^1]);
    }

    [Fact]
    public async Task With_certificate_ready_firing_each_lifecycle_ends_with_the_hand_over()
    {
        var completedBefore = await CountCompletedAsync();
        var options = new LoadTestOptions
        {
            Url = host.Server.BaseAddress, Users = 3, Lifecycles = 6,
            PickupTimeout = TimeSpan.FromSeconds(30), PickupPollInterval = TimeSpan.FromMilliseconds(50),
        };
        var progress = new StringWriter();
        using var stopDesk = new CancellationTokenSource();
        var earlier = await host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>().Applications
            .Select(a => a.Id).ToListAsync());
        var desk = FireCertificateReadyDeadlinesAsync(earlier, stopDesk.Token);

        var result = await new LoadRunner(options, host.Server.CreateHandler(), progress).RunAsync();
        await stopDesk.CancelAsync();
        await desk;

        Assert.True(result.Errors == 0, Describe(result, progress));
        Assert.Equal(6, result.Lifecycles);
        Assert.Equal(6 * 5, result.Actions); // create, accept, pass, approve, hand-over
        Assert.Contains(result.ByAction, row => row.Action == LifecycleActions.HandOver && row.Latency.Count == 6);
        Assert.Equal(6, await CountCompletedAsync() - completedBefore);
    }

    /// <summary>
    /// The night between 登簿 and pick-up, on the fake clock: moves it to the earliest pending certificate-ready instant,
    /// and the service's own Hangfire jobs fire those deadlines. It waits until every open application is registered:
    /// moving past a warning or breach would fire it too and change the ETag a virtual user holds, and an application
    /// still at intake is one accept away from having them.
    /// </summary>
    private async Task FireCertificateReadyDeadlinesAsync(List<Guid> earlier, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            // Only this run's applications count: another test's run may have stopped half-way through a lifecycle.
            var pending = await host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>().Deadlines.AsNoTracking()
                .Where(d => d.State == DeadlineState.Pending && !earlier.Contains(d.ApplicationId))
                .Select(d => new { d.Kind, d.DueAt })
                .ToListAsync(CancellationToken.None));
            var notYetRegistered = await host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>().Applications
                .Where(a => !earlier.Contains(a.Id))
                .AnyAsync(a => a.Status == ApplicationStatuses.Received || a.Status == ApplicationStatuses.InProgress
                               || a.Status == ApplicationStatuses.AwaitingSupplement, CancellationToken.None));
            var ready = pending.Where(d => d.Kind == DeadlineKind.CertificateReady).Select(d => d.DueAt).Order().ToList();
            if (ready.Count > 0 && !notYetRegistered && pending.All(d => d.Kind == DeadlineKind.CertificateReady)
                && host.Clock.GetUtcNow() < ready[0])
            {
                host.Clock.SetUtcNow(ready[0]);
            }
            try
            {
                await Task.Delay(50, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private Task<int> CountCompletedAsync() => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().Applications.CountAsync(a => a.Status == "completed"));

    private Task<int> CountRegisteredAsync() => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().Applications.CountAsync(a => a.CertificateNumber != null));

    private static string[] Report(LoadResult result)
    {
        var output = new StringWriter();
        LoadReport.Write(result, output);
        return output.ToString().TrimEnd().Split(Environment.NewLine);
    }

    private static string Describe(LoadResult result, StringWriter progress) =>
        string.Join(Environment.NewLine, Report(result)) + Environment.NewLine + progress;
}
