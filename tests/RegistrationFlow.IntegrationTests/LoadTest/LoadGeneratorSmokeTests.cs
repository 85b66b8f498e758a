using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.IntegrationTests.Hosting;
using RegistrationFlow.Infrastructure.Persistence;
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
