using RegistrationFlow.Cluster;
using RegistrationFlow.Cluster.Faults;
using RegistrationFlow.IntegrationTests.Hosting;
using Xunit.Abstractions;

namespace RegistrationFlow.IntegrationTests.Nodes;

/// <summary>
/// Three real nodes (processes of the Release build) on one PostgreSQL database behind nginx with the shipped
/// configuration, simulated users creating, claiming and acting through nginx, while one node after another is killed
/// (kill -9) and started again three times, one is frozen (SIGSTOP) for 12 s, and PostgreSQL is restarted. Then the
/// checker proves, on the database and through the API, that nothing acknowledged was lost or done twice
/// (docs/DEPLOYMENT.md, "Fault test"). About two minutes; <c>bench/fault/run.sh</c> runs it longer.
/// </summary>
[Trait(StorageTraits.Name, StorageTraits.PostgreSql)]
public sealed class FaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Three_nodes_behind_nginx_keep_every_acknowledged_action_through_kills_a_freeze_and_a_database_restart()
    {
        var server = Environment.GetEnvironmentVariable(ServiceHost.PostgreSqlServerVariable);
        Assert.False(string.IsNullOrEmpty(server),
            $"the fault test needs PostgreSQL: set {ServiceHost.PostgreSqlServerVariable} to a server connection string (./test.sh does)");
        var options = FaultRunOptions.ForPostgreSql(server).WithEnvironment();

        await using var run = new FaultRun(options);
        var report = await run.RunAsync(output.WriteLine);
        output.WriteLine(report.ToString());

        Assert.Equal(options.NodeKills, report.Faults.Count(f => f.Kind == FaultKind.NodeKill));
        Assert.Equal(options.NodeFreezes, report.Faults.Count(f => f.Kind == FaultKind.NodeFreeze));
        Assert.Equal(options.PostgresRestarts, report.Faults.Count(f => f.Kind == FaultKind.PostgresRestart));
        // The load did real work through the faults, and the checker had something of every kind to check.
        FaultRunAssertions.DidRealWorkAndKeptEverything(report);
        run.DeleteFolder(); // kept for the logs when the run failed
    }
}
