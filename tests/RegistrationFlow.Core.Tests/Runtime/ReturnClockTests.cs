using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using static RegistrationFlow.Core.Tests.Runtime.SimpleTestCalendar;

namespace RegistrationFlow.Core.Tests.Runtime;

/// <summary>退回: the clock keeps running unless the return declares <c>restart-clock</c>, which makes a new promise from the return.</summary>
public class ReturnClockTests
{
    private static readonly DateTimeOffset Morning = At(2026, 6, 15, 9, 0);
    private readonly WorkflowEngine _engine = new(new SimpleTestCalendar());

    private static CompiledWorkflow Flow(params string[] returnEffects)
    {
        var wf = TestWorkflows.CommercialHousingTransfer(TestWorkflows.SameDay());
        return CompiledWorkflow.Compile(wf with
        {
            Steps = wf.Steps.Select(s => s.Id != "approval" ? s
                : s with { Actions = s.Actions.Select(a => a.Name == "return" ? a with { Effects = returnEffects } : a).ToList() }).ToList(),
        });
    }

    private EngineResult.Accepted Returned(CompiledWorkflow wf, DateTimeOffset at)
    {
        var state = _engine.Start(wf, TestWorkflows.Ordinary, Morning).AcceptedOrThrow().State;
        state = _engine.Apply(wf, state, TestWorkflows.Ordinary, "accept", People.Clerk, ActionInput.None, Morning).AcceptedOrThrow().State;
        state = _engine.Apply(wf, state, TestWorkflows.Ordinary, "pass", People.Reviewer, ActionInput.None, Morning.AddHours(1)).AcceptedOrThrow().State;
        return _engine.Apply(wf, state, TestWorkflows.Ordinary, "return", People.Approver, new ActionInput(Reason: "附图不符"), at).AcceptedOrThrow();
    }

    [Fact]
    public void A_return_without_a_clock_effect_keeps_the_promise()
    {
        var accepted = _engine.Apply(Flow(), _engine.Start(Flow(), TestWorkflows.Ordinary, Morning).AcceptedOrThrow().State,
            TestWorkflows.Ordinary, "accept", People.Clerk, ActionInput.None, Morning).AcceptedOrThrow().State;

        var returned = Returned(Flow(), Morning.AddHours(2));

        Assert.Equal("review", Assert.Single(returned.State.Tokens).StepId);
        Assert.Equal(accepted.Clock.DueAt, returned.State.Clock.DueAt);
        Assert.DoesNotContain(returned.Effects, e => e is DeadlineScheduled or DeadlineCancelled);
    }

    [Fact]
    public void A_return_with_restart_clock_promises_anew_from_the_return()
    {
        var at = At(2026, 6, 15, 16, 30); // after the cut-off: due at the next working day's closing
        var returned = Returned(Flow(Vocabulary.Effects.RestartClock), at);

        var due = new SimpleTestCalendar().DueFor(at, TestWorkflows.SameDay());
        Assert.Equal(due, returned.State.Clock.DueAt);
        Assert.Equal(Morning, returned.State.Clock.AcceptedAt);
        Assert.Contains(new DeadlineCancelled(DeadlineKind.Breach), returned.Effects);
        Assert.Contains(new DeadlineScheduled(DeadlineKind.Breach, due.AddSeconds(1)), returned.Effects);
        Assert.Contains(returned.Effects, e => e is TaskOpened { StepId: "review" } opened && opened.DueAt == due);
    }
}
