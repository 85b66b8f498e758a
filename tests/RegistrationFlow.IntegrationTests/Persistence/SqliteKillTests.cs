using RegistrationFlow.Cluster;
using RegistrationFlow.Cluster.Faults;
using RegistrationFlow.IntegrationTests.Hosting;
using RegistrationFlow.IntegrationTests.Nodes;
using Xunit.Abstractions;

namespace RegistrationFlow.IntegrationTests.Persistence;

/// <summary>
/// One real node (a process of the Release build) on a SQLite file, simulated users creating, claiming and acting on
/// it, while it is killed (kill -9) and started again four times. Then the checker proves, on the file and through the
/// API, that nothing acknowledged was lost or done twice, that receipt and certificate numbers have no gaps and that
/// each deadline fired once (docs/DEPLOYMENT.md, "Kill test"). About a minute; <c>bench/fault/sqlite-kills.sh</c>
/// runs it longer.
/// </summary>
[Trait(StorageTraits.Name, StorageTraits.Sqlite)]
public sealed class SqliteKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_node_on_a_sqlite_file_keeps_every_acknowledged_action_through_repeated_kill_9()
    {
        var options = FaultRunOptions.ForSqlite().WithEnvironment();

        await using var run = new FaultRun(options);
        var report = await run.RunAsync(output.WriteLine);
        output.WriteLine(report.ToString());

        Assert.Equal(options.NodeKills, report.Faults.Count(f => f.Kind == FaultKind.NodeKill));
        Assert.Empty(report.UnexpectedExits);
        // The kills hit a node at work: clients saw requests without an answer, and the load did real work around them.
        Assert.True(report.Errors.Values.Sum() > 0, report.ToString());
        FaultRunAssertions.DidRealWorkAndKeptEverything(report);
        run.DeleteFolder(); // kept for the logs when the run failed
    }
}
