using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace RegistrationFlow.Benchmarks;

/// <summary>
/// The same flow on WorkflowCore 3.22.0 with its default in-memory persistence and single-node queues; the host is
/// started once. Two shapes:
/// <list type="bullet">
/// <item><b>Human actions as events</b> (<see cref="EventDrivenWorkflow"/>): the instance waits for each action with
/// WaitFor and the caller sends it with PublishEvent — WorkflowCore's way of waiting for a person, and the like-for-like
/// shape: between actions the instance is persisted, as our engine returns a new state. After `pass` an If step
/// evaluates the guard on the instance's data.</item>
/// <item><b>Chain of steps</b> (<see cref="ChainWorkflow"/>): the four actions as steps run back to back, the guard as
/// an If, executed by the synchronous runner on the calling thread without persistence — a lower bound on
/// WorkflowCore's cost per transition, with no queue, thread hand-off or store involved.</item>
/// </list>
/// </summary>
public sealed class WorkflowCoreFlow : IDisposable
{
    public const string EventDrivenId = "commercial-housing-transfer";
    public const string ChainId = "commercial-housing-transfer-chain";
    public static readonly string[] Actions = ["accept", "pass", "approve", "hand-over"];

    /// <summary>Counts event-driven instances that reached the end of the flow.</summary>
    private static readonly SemaphoreSlim Completed = new(0);

    private readonly ServiceProvider _services;
    private readonly ISyncWorkflowRunner _syncRunner;
    private long _nextKey;

    public WorkflowCoreFlow()
    {
        _services = new ServiceCollection().AddLogging().AddWorkflow().BuildServiceProvider();
        Host = _services.GetRequiredService<IWorkflowHost>();
        Host.RegisterWorkflow<EventDrivenWorkflow, TransferData>();
        Host.RegisterWorkflow<ChainWorkflow, TransferData>();
        _syncRunner = _services.GetRequiredService<ISyncWorkflowRunner>();
        Host.Start();
    }

    public IWorkflowHost Host { get; }

    /// <summary>Starts <paramref name="count"/> instances, sends each its four actions, and waits until all have completed.</summary>
    public async Task RunEventDrivenAsync(int count, TimeSpan timeout)
    {
        for (var i = 0; i < count; i++)
        {
            var key = Interlocked.Increment(ref _nextKey).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Host.StartWorkflow(EventDrivenId, 3, new TransferData { Key = key, Price = 900_000m });
            // Sent at once: an event that arrives before its WaitFor is kept and delivered when the instance gets there.
            foreach (var action in Actions) await Host.PublishEvent(action, key, null);
        }
        for (var i = 0; i < count; i++)
        {
            if (!await Completed.WaitAsync(timeout)) throw new TimeoutException($"WorkflowCore completed only {i} of {count} instances in {timeout}");
        }
    }

    /// <summary>Runs one instance of the chain to its end on the calling thread.</summary>
    public async Task<TransferData> RunChainAsync()
    {
        var instance = await _syncRunner.RunWorkflowSync(ChainId, 3, new TransferData { Price = 900_000m }, null!, TimeSpan.FromSeconds(10), persistSate: false);
        return (TransferData)instance.Data;
    }

    public void Dispose()
    {
        Host.Stop();
        _services.Dispose();
    }

    public sealed class TransferData
    {
        public string Key { get; set; } = "";
        public decimal Price { get; set; }
        public string Step { get; set; } = "intake";
    }

    public sealed class EventDrivenWorkflow : IWorkflow<TransferData>
    {
        public string Id => EventDrivenId;
        public int Version => 3;

        public void Build(IWorkflowBuilder<TransferData> builder) => builder
            .StartWith(_ => ExecutionResult.Next())
            .WaitFor("accept", data => data.Key)
                .Output(data => data.Step, _ => "review")
            .WaitFor("pass", data => data.Key)
            .If(data => data.Price < HousingTransferFlow.SecondReviewThreshold)
                .Do(then => then.StartWith(context => MoveTo(context, "approval")))
            .WaitFor("approve", data => data.Key)
                .Output(data => data.Step, _ => "pickup")
            .WaitFor("hand-over", data => data.Key)
                .Output(data => data.Step, _ => "completed")
            .Then(_ =>
            {
                Completed.Release();
                return ExecutionResult.Next();
            });
    }

    public sealed class ChainWorkflow : IWorkflow<TransferData>
    {
        public string Id => ChainId;
        public int Version => 3;

        public void Build(IWorkflowBuilder<TransferData> builder) => builder
            .StartWith(context => MoveTo(context, "review"))              // accept
            .If(data => data.Price < HousingTransferFlow.SecondReviewThreshold)
                .Do(then => then.StartWith(context => MoveTo(context, "approval")))   // pass, guarded
            .Then(context => MoveTo(context, "pickup"))                    // approve
            .Then(context => MoveTo(context, "completed"));                // hand-over
    }

    private static ExecutionResult MoveTo(IStepExecutionContext context, string step)
    {
        ((TransferData)context.Workflow.Data).Step = step;
        return ExecutionResult.Next();
    }
}
