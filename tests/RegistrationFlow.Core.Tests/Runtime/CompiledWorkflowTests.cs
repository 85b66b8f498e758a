using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;

namespace RegistrationFlow.Core.Tests.Runtime;

public class CompiledWorkflowTests
{
    [Fact]
    public void Resolves_steps_actions_predecessors_and_the_parallel_join_pair()
    {
        var wf = CompiledWorkflow.Compile(TestWorkflows.SecondHandTransfer());
        Assert.Equal("intake", wf.Steps[wf.StartStep].Id);
        Assert.True(wf.TryGetStep("checks", out var checks));
        Assert.True(wf.TryGetStep("checks-done", out var join));
        Assert.Equal(join.Index, checks.Partner);
        Assert.Equal(checks.Index, join.Partner);
        Assert.Equal(["review", "tax-verification"], checks.Branches.Select(b => wf.Steps[b].Id));

        var approve = Assert.Single(wf.ActionsNamed("approve"));
        Assert.Equal("approval", wf.Steps[approve.Step].Id);
        Assert.Equal([EffectWord.RecordInRegister], wf.Steps[approve.Step].Actions[approve.Action].Effects.ToArray());
        Assert.True(wf.ActionsNamed("nothing").IsEmpty);

        Assert.Equal(new HashSet<string> { "intake", "checks", "review", "tax-verification", "checks-done" }, wf.PredecessorsOf("approval"));
        Assert.DoesNotContain("approval", wf.PredecessorsOf("review"));
    }

    [Fact]
    public void Guards_are_compiled_once_and_shared()
    {
        var wf = CompiledWorkflow.Compile(TestWorkflows.CommercialHousingTransfer());
        var a = wf.ActionsNamed("pass-second-review")[0];
        var guard = wf.Steps[a.Step].Actions[a.Action].Guard;
        Assert.NotNull(guard);
        Assert.Equal("application.price >= 10000000", guard.Source);
        Assert.Same(guard, wf.Steps[a.Step].Actions[a.Action].Guard);
    }

    [Fact]
    public void A_guard_that_does_not_compile_is_rejected()
    {
        var definition = TestWorkflows.CommercialHousingTransfer() with
        {
            Steps =
            [
                TestWorkflows.Human("intake", "clerk", TestWorkflows.Act("accept", "done", when: "application.price >= ")),
                TestWorkflows.End("done", EndOutcome.Completed),
            ],
        };
        var e = Assert.Throws<WorkflowCompilationException>(() => CompiledWorkflow.Compile(definition));
        Assert.Contains(e.Problems, p => p.StartsWith("guard of intake.accept does not compile"));
        Assert.False(CompiledWorkflow.TryCompile(definition, out var compiled, out var problems));
        Assert.Null(compiled);
        Assert.Single(problems);
    }

    [Fact]
    public void Dangling_references_unknown_effects_and_automatic_loops_are_rejected()
    {
        var definition = TestWorkflows.CommercialHousingTransfer() with
        {
            StartStep = "intake",
            Steps =
            [
                TestWorkflows.Human("intake", "clerk", TestWorkflows.Act("accept", "nowhere", effects: ["fly"])),
                new StepDefinition { Id = "a", Kind = StepKind.Automatic, Then = "b" },
                new StepDefinition { Id = "b", Kind = StepKind.Automatic, Then = "a" },
            ],
        };
        Assert.False(CompiledWorkflow.TryCompile(definition, out _, out var problems));
        Assert.Contains("action intake.accept names unknown step 'nowhere'", problems);
        Assert.Contains("intake.accept has unknown effect 'fly'", problems);

        var loop = definition with
        {
            Steps = [TestWorkflows.Human("intake", "clerk", TestWorkflows.Act("accept", "a")), definition.Steps[1], definition.Steps[2]],
        };
        Assert.False(CompiledWorkflow.TryCompile(loop, out _, out var loopProblems));
        Assert.Contains(loopProblems, p => p.Contains("form a loop"));
    }

    [Fact]
    public void A_join_without_a_parallel_step_is_rejected()
    {
        var definition = TestWorkflows.SecondHandTransfer() with
        {
            Steps = TestWorkflows.SecondHandTransfer().Steps.Where(s => s.Id != "checks").Select(s =>
                s with { Actions = s.Actions.Select(a => a.To == "checks" ? a with { To = "review" } : a).ToArray() }).ToArray(),
        };
        Assert.False(CompiledWorkflow.TryCompile(definition, out _, out var problems));
        Assert.Contains("join step checks-done belongs to no parallel step", problems);
    }
}
