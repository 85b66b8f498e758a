using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using static RegistrationFlow.Core.Tests.Runtime.SimpleTestCalendar;

namespace RegistrationFlow.Core.Tests.Runtime;

public class ParallelTests
{
    private static readonly DateTimeOffset Morning = At(2026, 6, 15, 9, 0);
    private readonly WorkflowEngine _engine = new(new SimpleTestCalendar());
    private readonly CompiledWorkflow _wf = CompiledWorkflow.Compile(TestWorkflows.SecondHandTransfer());

    private EngineResult.Accepted Do(InstanceState state, string action, Actor actor, int minutes, ActionInput? input = null) =>
        _engine.Apply(_wf, state, TestWorkflows.Ordinary, action, actor, input ?? ActionInput.None, Morning.AddMinutes(minutes)).AcceptedOrThrow();

    private InstanceState InChecks()
    {
        var state = _engine.Start(_wf, TestWorkflows.Ordinary, Morning).AcceptedOrThrow().State;
        return Do(state, "accept", People.Clerk, 10).State;
    }

    [Fact]
    public void Accepting_opens_both_branches()
    {
        var state = _engine.Start(_wf, TestWorkflows.Ordinary, Morning).AcceptedOrThrow().State;
        var accepted = Do(state, "accept", People.Clerk, 10);
        var opened = accepted.Effects.OfType<TaskOpened>().Select(t => (t.StepId, t.Role)).ToArray();
        Assert.Equal([("review", "reviewer"), ("tax-verification", "clerk")], opened);
        Assert.Equal([new BranchInfo("checks", 0), new BranchInfo("checks", 1)], accepted.State.Tokens.Select(t => t.Branch));
    }

    [Fact]
    public void Both_branches_must_finish_before_approval_opens_in_either_order()
    {
        foreach (var reviewFirst in new[] { true, false })
        {
            var state = InChecks();
            var first = reviewFirst ? Do(state, "pass", People.Reviewer, 20) : Do(state, "verify", People.OtherClerk, 20);
            Assert.DoesNotContain(first.Effects, e => e is TaskOpened { StepId: "approval" });
            Assert.Contains(first.State.Tokens, t => t.StepId == "checks-done");
            Assert.Empty(_engine.AvailableActions(_wf, first.State, TestWorkflows.Ordinary, People.Approver));
            Assert.Equal(RefusalCode.StepNotOpen, Assert.IsType<EngineResult.Refused>(
                _engine.Apply(_wf, first.State, TestWorkflows.Ordinary, "approve", People.Approver, ActionInput.None, Morning.AddMinutes(25))).Refusal.Code);

            var second = reviewFirst ? Do(first.State, "verify", People.OtherClerk, 30) : Do(first.State, "pass", People.Reviewer, 30);
            Assert.Contains(new TaskOpened("approval", "approver", At(2026, 6, 15, 17, 0)), second.Effects);
            var token = Assert.Single(second.State.Tokens);
            Assert.Equal("approval", token.StepId);
            Assert.Null(token.Branch);
        }
    }

    [Fact]
    public void After_the_join_the_automatic_step_allocates_the_number_and_the_instance_waits()
    {
        var state = Do(Do(InChecks(), "pass", People.Reviewer, 20).State, "verify", People.OtherClerk, 30).State;
        var approved = Do(state, "approve", People.Approver, 40);
        Assert.Contains(new CertificateNumberRequested(CertificateKind.PropertyRight, Morning.AddMinutes(40)), approved.Effects);
        Assert.Equal("certificate", Assert.Single(approved.State.Tokens).StepId);
    }

    [Fact]
    public void Withdrawal_closes_both_branches_and_cancels_the_deadlines()
    {
        var withdrawn = Do(InChecks(), "withdraw", People.OtherClerk, 20, new ActionInput(Reason: "申请人撤回"));
        Assert.Equal(
        [
            new TaskClosed("review"),
            new TaskClosed("tax-verification"),
            new DeadlineCancelled(DeadlineKind.Warning),
            new DeadlineCancelled(DeadlineKind.Breach),
            new InstanceEnded(EndOutcome.Withdrawn),
        ], withdrawn.Effects);
        Assert.Empty(withdrawn.State.Tokens);
        Assert.Equal(EndOutcome.Withdrawn, withdrawn.State.Outcome);
        Assert.Equal("withdraw", withdrawn.State.Visits[^1].Action);
    }

    [Fact]
    public void Withdrawal_with_one_branch_already_at_the_join_closes_the_other()
    {
        var state = Do(InChecks(), "verify", People.OtherClerk, 20).State;
        var withdrawn = Do(state, "withdraw", People.Clerk, 30, new ActionInput(Reason: "申请人撤回"));
        Assert.Equal([new TaskClosed("review")], withdrawn.Effects.OfType<TaskClosed>());
        Assert.Empty(withdrawn.State.Tokens);
        Assert.Equal("review", withdrawn.State.Visits[^1].StepId);
        Assert.Equal("review", Assert.Single(_engine.AvailableActions(_wf, state, TestWorkflows.Ordinary, People.Clerk), a => a.Action == "withdraw").StepId);
    }

    [Fact]
    public void A_branch_reaching_an_end_step_ends_the_instance_and_closes_the_other_branch()
    {
        var refused = Do(InChecks(), "refuse", People.Reviewer, 20, new ActionInput(Reason: "权属不清"));
        Assert.Equal(
        [
            new TaskClosed("review"),
            new TaskClosed("tax-verification"),
            new DeadlineCancelled(DeadlineKind.Warning),
            new DeadlineCancelled(DeadlineKind.Breach),
            new InstanceEnded(EndOutcome.Refused),
        ], refused.Effects);
        Assert.Empty(refused.State.Tokens);
    }

    [Fact]
    public void Deadline_warning_notifies_each_open_role_once()
    {
        var warned = _engine.OnDeadline(_wf, InChecks(), DeadlineKind.Warning, At(2026, 6, 15, 16, 0)).AcceptedOrThrow();
        Assert.Equal(["reviewer", "clerk"], warned.Effects.OfType<Notify>().Select(n => n.Audience));
        Assert.All(warned.Effects.OfType<Notify>(), n => Assert.Equal(NotifyTemplates.DeadlineWarning, n.Template));
        Assert.True(warned.State.Clock.WarningSent);
    }
}
