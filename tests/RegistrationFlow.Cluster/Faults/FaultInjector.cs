using System.Diagnostics;
using RegistrationFlow.Cluster.Processes;

namespace RegistrationFlow.Cluster.Faults;

public enum FaultKind
{
    /// <summary>kill -9 of a node, then started again (waiting until it answers).</summary>
    NodeKill,
    /// <summary>SIGSTOP of a node for <see cref="FaultRunOptions.FreezeDuration"/>, then SIGCONT.</summary>
    NodeFreeze,
    /// <summary><c>pg_ctl restart -m fast</c> of the PostgreSQL server.</summary>
    PostgresRestart,
}

/// <summary>One injected fault: what, on which node, when (seconds into the load) and how long it lasted.</summary>
public sealed record FaultRecord(FaultKind Kind, string Target, double StartSeconds, double Seconds, string? Note = null)
{
    public override string ToString() => $"{StartSeconds,6:0.0}s {Kind} {Target} ({Seconds:0.0} s){(Note is null ? "" : " " + Note)}";
}

/// <summary>
/// Injects the run's faults evenly spread over the load: kills, freezes and the PostgreSQL restart interleaved, each
/// node in turn. A killed node is started again at once and comes up in the background (10–25 s on two busy cores)
/// while the next fault may already hit another node, as happens in a real outage. Every fault is bounded in time, and
/// whatever happens a frozen node is continued and a killed one started again before the injector returns.
/// </summary>
public sealed class FaultInjector(FaultRunOptions options, IReadOnlyList<NodeProcess> nodes, PostgresServer? postgres)
{
    private readonly List<FaultRecord> _done = [];
    private readonly Dictionary<NodeProcess, Task> _restarting = [];

    /// <summary>Nodes found dead that no fault had killed (started again so the checker reads a whole cluster).</summary>
    public List<string> UnexpectedExits { get; } = [];

    public IReadOnlyList<FaultRecord> Done
    {
        get
        {
            lock (_done) return _done.OrderBy(f => f.StartSeconds).ToList();
        }
    }

    private void Record(FaultRecord fault)
    {
        lock (_done) _done.Add(fault);
    }

    /// <summary>The order of the faults: kills first and last, the freeze and the restart between them.</summary>
    public static IReadOnlyList<FaultKind> Plan(int kills, int freezes, int restarts)
    {
        var plan = new List<FaultKind>();
        int k = 0, f = 0, r = 0;
        while (k < kills || f < freezes || r < restarts)
        {
            if (k < kills) { plan.Add(FaultKind.NodeKill); k++; }
            if (f < freezes) { plan.Add(FaultKind.NodeFreeze); f++; }
            if (k < kills) { plan.Add(FaultKind.NodeKill); k++; }
            if (r < restarts) { plan.Add(FaultKind.PostgresRestart); r++; }
        }
        return plan;
    }

    public async Task RunAsync(Stopwatch clock, CancellationToken stop)
    {
        var plan = Plan(options.NodeKills, options.NodeFreezes, options.PostgresRestarts);
        if (plan.Count == 0) return;
        var spacing = options.LoadDuration / (plan.Count + 1);
        var next = 0;
        try
        {
            for (var i = 0; i < plan.Count; i++)
            {
                var due = spacing * (i + 1);
                if (clock.Elapsed < due) await Task.Delay(due - clock.Elapsed, stop);
                var started = clock.Elapsed;
                switch (plan[i])
                {
                    case FaultKind.NodeKill:
                    {
                        var node = nodes[next++ % nodes.Count];
                        await RestartedAsync(node);
                        node.Kill();
                        _restarting[node] = Task.Run(async () =>
                        {
                            await node.StartSupervisedAsync(options.NodeReadyTimeout);
                            Record(new FaultRecord(FaultKind.NodeKill, node.Name, started.TotalSeconds, (clock.Elapsed - started).TotalSeconds,
                                "(kill -9, started again at once, answering again at the end)"));
                        }, CancellationToken.None);
                        break;
                    }
                    case FaultKind.NodeFreeze:
                    {
                        var node = nodes[next++ % nodes.Count];
                        await RestartedAsync(node);
                        node.Freeze();
                        try
                        {
                            await Task.Delay(options.FreezeDuration, CancellationToken.None);
                        }
                        finally
                        {
                            node.Continue();
                        }
                        Record(new FaultRecord(FaultKind.NodeFreeze, node.Name, started.TotalSeconds, (clock.Elapsed - started).TotalSeconds));
                        break;
                    }
                    case FaultKind.PostgresRestart:
                        postgres!.Restart(TimeSpan.FromSeconds(60));
                        Record(new FaultRecord(FaultKind.PostgresRestart, "postgresql", started.TotalSeconds, (clock.Elapsed - started).TotalSeconds));
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the load ended before every fault was due
        }
        finally
        {
            foreach (var node in nodes) await RestartedAsync(node);
            await EnsureAllRunningAsync();
        }
    }

    /// <summary>Waits for the node's restart after an earlier kill, if one is under way.</summary>
    private async Task RestartedAsync(NodeProcess node)
    {
        if (_restarting.Remove(node, out var restart)) await restart;
    }

    /// <summary>Continues a frozen node and starts a dead one, so the checker reads a whole cluster.</summary>
    public async Task EnsureAllRunningAsync()
    {
        foreach (var node in nodes)
        {
            if (node.Frozen) node.Continue();
            if (!node.Running) UnexpectedExits.Add(node.Name); // every planned restart is over by now
        }
        await Task.WhenAll(nodes.Select(n => n.StartSupervisedAsync(options.NodeReadyTimeout)));
    }
}
