using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using RegistrationFlow.Core.Runtime;

namespace RegistrationFlow.Benchmarks;

/// <summary>
/// One application through accept → pass (guarded) → approve → hand-over, on the product's engine, on Stateless and on
/// WorkflowCore, in one run. Every benchmark counts four transitions per application, so Mean is the time of one
/// transition. The engine's run also starts the instance and fires the certificate-ready deadline between approve and
/// hand-over (the wait step of the real flow); that work is counted inside its four transitions.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class TransitionBenchmarks
{
    /// <summary>WorkflowCore runs on its own worker threads: each of its operations is a batch of applications in flight.</summary>
    public const int WorkflowCoreBatch = 100;

    private CompiledWorkflow _workflow = null!;
    private WorkflowEngine _engine = null!;
    private StatelessFlow _stateless = null!;
    private WorkflowCoreFlow _workflowCore = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workflow = CompiledWorkflow.Compile(HousingTransferFlow.Definition());
        _engine = new WorkflowEngine(HousingTransferFlow.Calendar());
        _stateless = new StatelessFlow();
        _workflowCore = new WorkflowCoreFlow();
        FlowChecks.Verify(this);
    }

    [GlobalCleanup]
    public void Cleanup() => _workflowCore.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = 4, Description = "RegistrationFlow engine")]
    public InstanceState RegistrationFlowEngine()
    {
        var app = HousingTransferFlow.Application;
        var state = Accepted(_engine.Start(_workflow, app, HousingTransferFlow.AcceptedAt));
        state = Accepted(_engine.Apply(_workflow, state, app, "accept", HousingTransferFlow.Clerk, ActionInput.None, HousingTransferFlow.AcceptedAt));
        state = Accepted(_engine.Apply(_workflow, state, app, "pass", HousingTransferFlow.Reviewer, ActionInput.None, HousingTransferFlow.ReviewedAt));
        state = Accepted(_engine.Apply(_workflow, state, app, "approve", HousingTransferFlow.Approver, ActionInput.None, HousingTransferFlow.RegisteredAt));
        state = Accepted(_engine.OnDeadline(_workflow, state, DeadlineKind.CertificateReady, HousingTransferFlow.CertificateReadyAt));
        return Accepted(_engine.Apply(_workflow, state, app, "hand-over", HousingTransferFlow.Clerk, ActionInput.None, HousingTransferFlow.HandedOverAt));
    }

    [Benchmark(OperationsPerInvoke = 4, Description = "Stateless 5.20.1")]
    public StatelessFlow.Step Stateless()
    {
        var application = _stateless.Start(900_000m);
        var machine = _stateless.Machine;
        machine.Fire(StatelessFlow.Action.Accept);
        machine.Fire(StatelessFlow.Action.Pass);
        machine.Fire(StatelessFlow.Action.Approve);
        machine.Fire(StatelessFlow.Action.HandOver);
        return application.Step;
    }

    [Benchmark(OperationsPerInvoke = 4, Description = "Stateless 5.20.1, machine per application")]
    public StatelessFlow.Step StatelessMachinePerApplication()
    {
        var application = new StatelessFlow.Case(900_000m);
        var machine = StatelessFlow.MachineFor(application);
        machine.Fire(StatelessFlow.Action.Accept);
        machine.Fire(StatelessFlow.Action.Pass);
        machine.Fire(StatelessFlow.Action.Approve);
        machine.Fire(StatelessFlow.Action.HandOver);
        return application.Step;
    }

    [Benchmark(OperationsPerInvoke = 4 * WorkflowCoreBatch, Description = "WorkflowCore 3.22.0, actions as events (in-memory)")]
    public Task WorkflowCoreEvents() => _workflowCore.RunEventDrivenAsync(WorkflowCoreBatch, TimeSpan.FromSeconds(60));

    [Benchmark(OperationsPerInvoke = 4, Description = "WorkflowCore 3.22.0, chain of steps (sync runner)")]
    public Task<WorkflowCoreFlow.TransferData> WorkflowCoreChain() => _workflowCore.RunChainAsync();

    private static InstanceState Accepted(EngineResult result) =>
        result is EngineResult.Accepted accepted ? accepted.State : throw new InvalidOperationException(result.ToString());

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(StatisticColumn.Median, new TransitionsPerSecondColumn());
            SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithSizeUnit(Perfolizer.Metrology.SizeUnit.B);
        }
    }

    /// <summary>Before measuring, each contender must really go through the flow to its end.</summary>
    private static class FlowChecks
    {
        public static void Verify(TransitionBenchmarks b)
        {
            var end = b.RegistrationFlowEngine();
            Require(end is { Status: InstanceStatus.Ended, Outcome: Core.Definitions.EndOutcome.Completed, Clock.RegisteredAt: not null },
                "the engine did not complete the application");
            Require(end.Visits.Count == 4, "the engine recorded " + end.Visits.Count + " actions instead of 4");
            Require(b.Stateless() == StatelessFlow.Step.Completed, "Stateless did not complete the application");
            Require(b.StatelessMachinePerApplication() == StatelessFlow.Step.Completed, "Stateless (per application) did not complete");
            b._workflowCore.RunEventDrivenAsync(3, TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
            Require(b.WorkflowCoreChain().GetAwaiter().GetResult().Step == "completed", "WorkflowCore's chain did not complete");
        }

        private static void Require(bool condition, string message)
        {
            if (!condition) throw new InvalidOperationException(message);
        }
    }
}
