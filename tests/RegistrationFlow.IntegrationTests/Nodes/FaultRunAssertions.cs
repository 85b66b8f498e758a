using RegistrationFlow.Cluster;

namespace RegistrationFlow.IntegrationTests.Nodes;

/// <summary>What every fault run must show: the load did real work of every kind through the faults, and the checker passed.</summary>
internal static class FaultRunAssertions
{
    public static void DidRealWorkAndKeptEverything(FaultRunReport report)
    {
        var check = report.Check;
        Assert.True(check.FigureOf("creates acknowledged") >= 20, report.ToString());
        Assert.True(check.FigureOf("acknowledged: approve") >= 10, report.ToString());
        Assert.True(check.FigureOf("claims acknowledged") >= 20, report.ToString());
        Assert.True(check.FigureOf("certificate numbers") >= 10, report.ToString());
        Assert.True(check.Figures.Where(f => f.Key.StartsWith("deadlines fired:", StringComparison.Ordinal)).Sum(f => f.Value) > 0, report.ToString());
        Assert.True(check.Passed, report.ToString());
    }
}
