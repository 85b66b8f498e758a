using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Core.Runtime.Migration;
using static RegistrationFlow.Core.Tests.Runtime.SimpleTestCalendar;

namespace RegistrationFlow.Core.Tests.Runtime;

public class MigrationPlanTests
{
    private static readonly Dictionary<string, string> NoMapping = [];
    private readonly WorkflowEngine _engine = new(new SimpleTestCalendar());
    private readonly CompiledWorkflow _v3 = CompiledWorkflow.Compile(TestWorkflows.CommercialHousingTransfer(version: 3));

    /// <summary>Version 4 renames review to examination; everything else stays.</summary>
    private static CompiledWorkflow Version4(string reviewRole = "reviewer")
    {
        var v3 = TestWorkflows.CommercialHousingTransfer(version: 4);
        var steps = v3.Steps.Select(s => s.Id == "review" ? s with { Id = "examination", Role = reviewRole } : s)
            .Select(s => s with { Actions = s.Actions.Select(a => a.To == "review" ? a with { To = "examination" } : a).ToArray() })
            .Select(s => s with { NotBy = s.NotBy.Select(n => n == "review" ? "examination" : n).ToArray() })
            .ToArray();
        return CompiledWorkflow.Compile(v3 with { Steps = steps });
    }

    private InstanceState InReview()
    {
        var state = _engine.Start(_v3, TestWorkflows.Ordinary, At(2026, 6, 15, 9, 0)).AcceptedOrThrow().State;
        return _engine.Apply(_v3, state, TestWorkflows.Ordinary, "accept", People.Clerk, ActionInput.None, At(2026, 6, 15, 10, 0)).AcceptedOrThrow().State;
    }

    [Fact]
    public void Moves_with_a_mapping_for_a_renamed_step()
    {
        var plan = _engine.PlanMigration(InReview(), _v3, Version4(), new Dictionary<string, string> { ["review"] = "examination" });
        Assert.True(plan.CanMove, string.Join("; ", plan.Reasons));
        Assert.Equal([new TokenMove("review", "examination")], plan.Moves);
        Assert.Empty(plan.Reasons);
    }

    [Fact]
    public void Unmapped_steps_keep_their_id_when_the_target_has_it()
    {
        var intake = _engine.Start(_v3, TestWorkflows.Ordinary, At(2026, 6, 15, 9, 0)).AcceptedOrThrow().State;
        var plan = _engine.PlanMigration(intake, _v3, Version4(), NoMapping);
        Assert.True(plan.CanMove);
        Assert.Equal([new TokenMove("intake", "intake")], plan.Moves);
    }

    [Fact]
    public void An_open_step_without_a_counterpart_cannot_move()
    {
        var plan = _engine.PlanMigration(InReview(), _v3, Version4(), NoMapping);
        Assert.False(plan.CanMove);
        Assert.Equal([new TokenMove("review", null)], plan.Moves);
        Assert.Contains(plan.Reasons, r => r.EnUs.Contains("review has no counterpart in version 4"));
    }

    [Fact]
    public void A_step_must_map_to_the_same_kind_and_role()
    {
        var otherRole = _engine.PlanMigration(InReview(), _v3, Version4(reviewRole: "manager"), new Dictionary<string, string> { ["review"] = "examination" });
        Assert.False(otherRole.CanMove);
        Assert.Contains(otherRole.Reasons, r => r.EnUs.Contains("done by reviewer but examination by manager"));

        var otherKind = _engine.PlanMigration(InReview(), _v3, Version4(), new Dictionary<string, string> { ["review"] = "certificate" });
        Assert.False(otherKind.CanMove);
        Assert.Contains(otherKind.Reasons, r => r.EnUs.Contains("which is a Wait step"));
    }

    [Fact]
    public void Ended_instances_other_workflows_and_older_versions_cannot_move()
    {
        var ended = _engine.Apply(_v3, InReview(), TestWorkflows.Ordinary, "withdraw", People.Clerk, new ActionInput(Reason: "撤回"), At(2026, 6, 15, 11, 0))
            .AcceptedOrThrow().State;
        var endedPlan = _engine.PlanMigration(ended, _v3, Version4(), NoMapping);
        Assert.False(endedPlan.CanMove);
        Assert.Contains(endedPlan.Reasons, r => r.ZhCn == "已办结的申请不能迁移。");

        var sameVersion = _engine.PlanMigration(InReview(), _v3, _v3, NoMapping);
        Assert.False(sameVersion.CanMove);
        Assert.Contains(sameVersion.Reasons, r => r.EnUs.Contains("not higher"));

        var other = CompiledWorkflow.Compile(TestWorkflows.SecondHandTransfer() with { Version = 9 });
        var otherPlan = _engine.PlanMigration(InReview(), _v3, other, NoMapping);
        Assert.False(otherPlan.CanMove);
        Assert.Contains(otherPlan.Reasons, r => r.EnUs.Contains("its own workflow"));

        var notPinned = _engine.PlanMigration(InReview(), Version4(), Version4() , NoMapping);
        Assert.Contains(notPinned.Reasons, r => r.EnUs.Contains("runs commercial-housing-transfer version 3"));
    }

    [Fact]
    public void Tokens_in_parallel_branches_need_their_parallel_step_in_the_target()
    {
        var v1 = CompiledWorkflow.Compile(TestWorkflows.SecondHandTransfer());
        var state = _engine.Start(v1, TestWorkflows.Ordinary, At(2026, 6, 15, 9, 0)).AcceptedOrThrow().State;
        state = _engine.Apply(v1, state, TestWorkflows.Ordinary, "accept", People.Clerk, ActionInput.None, At(2026, 6, 15, 10, 0)).AcceptedOrThrow().State;

        var v2 = CompiledWorkflow.Compile(TestWorkflows.SecondHandTransfer() with { Version = 2 });
        var same = _engine.PlanMigration(state, v1, v2, NoMapping);
        Assert.True(same.CanMove, string.Join("; ", same.Reasons));
        Assert.Equal(["review", "tax-verification"], same.Moves.Select(m => m.ToStep));

        var renamed = TestWorkflows.SecondHandTransfer() with { Version = 3 };
        renamed = renamed with
        {
            Steps = renamed.Steps.Select(s => s.Id == "checks" ? s with { Id = "parallel-checks" } : s)
                .Select(s => s with { Actions = s.Actions.Select(a => a.To == "checks" ? a with { To = "parallel-checks" } : a).ToArray() })
                .ToArray(),
        };
        var v3 = CompiledWorkflow.Compile(renamed);
        var lost = _engine.PlanMigration(state, v1, v3, NoMapping);
        Assert.False(lost.CanMove);
        Assert.Contains(lost.Reasons, r => r.EnUs.Contains("parallel step checks"));
        Assert.True(_engine.PlanMigration(state, v1, v3, new Dictionary<string, string> { ["checks"] = "parallel-checks" }).CanMove);
    }
}
