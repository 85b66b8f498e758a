using System.Text.Json;
using RegistrationFlow.Core.Runtime;
using static RegistrationFlow.Core.Tests.Runtime.SimpleTestCalendar;

namespace RegistrationFlow.Core.Tests.Runtime;

public class InstanceStateSerializationTests
{
    [Fact]
    public void A_state_in_parallel_branches_with_a_running_clock_survives_a_json_round_trip()
    {
        var engine = new WorkflowEngine(new SimpleTestCalendar());
        var wf = CompiledWorkflow.Compile(TestWorkflows.SecondHandTransfer());
        var state = engine.Start(wf, TestWorkflows.Ordinary, At(2026, 6, 15, 9, 0)).AcceptedOrThrow().State;
        state = engine.Apply(wf, state, TestWorkflows.Ordinary, "accept", People.Clerk, ActionInput.None, At(2026, 6, 15, 10, 0)).AcceptedOrThrow().State;
        state = engine.Apply(wf, state, TestWorkflows.Ordinary, "verify", People.OtherClerk, ActionInput.None, At(2026, 6, 15, 10, 30)).AcceptedOrThrow().State;

        var json = JsonSerializer.Serialize(state);
        var back = JsonSerializer.Deserialize<InstanceState>(json)!;
        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.Equal(state.Clock, back.Clock);
        Assert.Equal(state.Tokens, back.Tokens);
        Assert.Equal(state.Visits, back.Visits);
        Assert.DoesNotContain("IsRunning", json);

        // The deserialised state carries on exactly like the original.
        var fromOriginal = engine.Apply(wf, state, TestWorkflows.Ordinary, "pass", People.Reviewer, ActionInput.None, At(2026, 6, 15, 11, 0)).AcceptedOrThrow();
        var fromCopy = engine.Apply(wf, back, TestWorkflows.Ordinary, "pass", People.Reviewer, ActionInput.None, At(2026, 6, 15, 11, 0)).AcceptedOrThrow();
        Assert.Equal(fromOriginal.Effects, fromCopy.Effects);
        Assert.Equal(JsonSerializer.Serialize(fromOriginal.State), JsonSerializer.Serialize(fromCopy.State));
    }
}
