using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using static RegistrationFlow.Core.Tests.Runtime.SimpleTestCalendar;

namespace RegistrationFlow.Core.Tests.Runtime;

/// <summary>撤回: the person who took a recallable action takes it back while the step it entered is untouched.</summary>
public class RecallTests
{
    private static readonly DateTimeOffset Morning = At(2026, 6, 15, 9, 0);
    private static readonly IReadOnlySet<string> NothingClaimed = new HashSet<string>();
    private readonly WorkflowEngine _engine = new(new SimpleTestCalendar());
    private readonly CompiledWorkflow _wf = CompiledWorkflow.Compile(WithRecallablePass());

    /// <summary>The test flow with the reviewer's <c>pass</c> (review → approval) marked <c>recall: true</c>.</summary>
    private static WorkflowDefinition WithRecallablePass()
    {
        var wf = TestWorkflows.CommercialHousingTransfer();
        return wf with
        {
            Steps = wf.Steps.Select(s => s.Id != "review" ? s
                : s with { Actions = s.Actions.Select(a => a.Name == "pass" ? a with { Recall = true } : a).ToList() }).ToList(),
        };
    }

    private InstanceState Do(InstanceState state, string action, Actor actor, int minutes) =>
        _engine.Apply(_wf, state, TestWorkflows.Ordinary, action, actor, ActionInput.None, Morning.AddMinutes(minutes)).AcceptedOrThrow().State;

    private InstanceState Passed() =>
        Do(Do(_engine.Start(_wf, TestWorkflows.Ordinary, Morning).AcceptedOrThrow().State, "accept", People.Clerk, 5), "pass", People.Reviewer, 30);

    private Refusal Refused(InstanceState state, Actor actor, IReadOnlySet<string>? claimed = null) =>
        Assert.IsType<EngineResult.Refused>(_engine.Recall(_wf, state, actor, claimed ?? NothingClaimed, Morning.AddMinutes(40))).Refusal;

    [Fact]
    public void The_reviewer_takes_the_pass_back_and_review_opens_again_with_the_clock_untouched()
    {
        var passed = Passed();

        var result = _engine.Recall(_wf, passed, People.Reviewer, NothingClaimed, Morning.AddMinutes(40)).AcceptedOrThrow();

        Assert.Equal("review", Assert.Single(result.State.Tokens).StepId);
        Assert.Equal(passed.Clock, result.State.Clock);
        Assert.Equal(new Visit("review", Vocabulary.RecallAction, People.Reviewer.UserId, Morning.AddMinutes(40)), result.State.Visits[^1]);
        Assert.Equal([new TaskClosed("approval"), new TaskOpened("review", "reviewer", passed.Clock.DueAt)], result.Effects);
        Assert.Null(_engine.WhyNotWorkOn(_wf, result.State, "review", People.Reviewer));
    }

    [Fact]
    public void A_recall_cannot_itself_be_recalled_and_the_step_can_be_passed_again()
    {
        var recalled = _engine.Recall(_wf, Passed(), People.Reviewer, NothingClaimed, Morning.AddMinutes(40)).AcceptedOrThrow().State;

        Assert.Equal(RefusalCode.NothingToRecall, Refused(recalled, People.Reviewer).Code);
        Assert.Equal("approval", Assert.Single(Do(recalled, "pass", People.Reviewer, 50).Tokens).StepId);
    }

    [Fact]
    public void Only_the_person_who_took_the_action_may_recall_it()
    {
        var refusal = Refused(Passed(), People.ReviewerAndApprover);

        Assert.Equal(RefusalCode.RecallNotYours, refusal.Code);
    }

    [Fact]
    public void Too_late_once_the_next_task_is_claimed()
    {
        var refusal = Refused(Passed(), People.Reviewer, new HashSet<string> { "approval" });

        Assert.Equal(RefusalCode.RecallTooLate, refusal.Code);
        Assert.Equal("approval", refusal.Detail);
    }

    [Fact]
    public void Nothing_to_recall_once_the_next_step_has_acted_or_when_the_action_is_not_declared_recallable()
    {
        var returned = _engine.Apply(_wf, Passed(), TestWorkflows.Ordinary, "return", People.Approver, new ActionInput(Reason: "补充审核意见"),
            Morning.AddMinutes(35)).AcceptedOrThrow().State;
        Assert.Equal(RefusalCode.NothingToRecall, Refused(returned, People.Reviewer).Code);
        Assert.Equal(RefusalCode.NothingToRecall, Refused(returned, People.Approver).Code); // return is not recallable

        var accepted = Do(_engine.Start(_wf, TestWorkflows.Ordinary, Morning).AcceptedOrThrow().State, "accept", People.Clerk, 5);
        Assert.Equal(RefusalCode.NothingToRecall, Refused(accepted, People.Clerk).Code); // accept starts the clock
    }

    [Fact]
    public void A_colleague_barred_by_separation_of_duties_is_told_so_by_the_engine()
    {
        var passed = Do(Do(_engine.Start(_wf, TestWorkflows.Ordinary, Morning).AcceptedOrThrow().State, "accept", People.Clerk, 5),
            "pass", People.ReviewerAndApprover, 30);

        Assert.Equal(RefusalCode.SeparationOfDuties, _engine.WhyNotWorkOn(_wf, passed, "approval", People.ReviewerAndApprover)?.Code);
        Assert.Equal(RefusalCode.NotYourRole, _engine.WhyNotWorkOn(_wf, passed, "approval", People.Clerk)?.Code);
        Assert.Null(_engine.WhyNotWorkOn(_wf, passed, "approval", People.Approver));
    }
}
