using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Tests.Definitions;

/// <summary>撤回 is declared on an action (<c>recall: true</c>) and only where a recall can restore everything.</summary>
public class RecallDefinitionTests
{
    private static IReadOnlyList<DefinitionProblem> Problems(string text) =>
        DefinitionReader.ReadAndValidate(text, SampleDefinition.FileName).Problems;

    [Fact]
    public void Recall_is_read_from_the_action_and_defaults_to_false()
    {
        var text = SampleDefinition.With(("pass: { to: approval,", "pass: { to: approval, recall: true,"));
        var read = DefinitionReader.ReadAndValidate(text, SampleDefinition.FileName);

        Assert.Empty(read.Problems);
        var steps = read.Definition!.Steps;
        Assert.True(steps.Single(s => s.Id == "review").Actions.Single(a => a.Name == "pass").Recall);
        Assert.False(steps.Single(s => s.Id == "intake").Actions.Single(a => a.Name == "accept").Recall);
    }

    [Fact]
    public void An_action_with_effects_cannot_be_recalled()
    {
        var text = SampleDefinition.With(("accept: { to: review, effects: [start-clock] }", "accept: { to: review, recall: true, effects: [start-clock] }"));

        var problem = Assert.Single(Problems(text));

        Assert.Equal(DefinitionProblemCodes.RecallWithEffects, problem.Code);
        Assert.Equal(SourceText.PositionOf(text, "true, effects"), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_recallable_action_must_enter_a_human_step()
    {
        var text = SampleDefinition.With(("approve: { to: certificate, effects: [record-in-register] }",
            "approve: { to: certificate, effects: [record-in-register] }\n      skip: { to: done, recall: true }"));

        Assert.Equal([DefinitionProblemCodes.RecallTargetNotHuman], Problems(text).Select(p => p.Code));
    }

    [Fact]
    public void Recall_is_a_reserved_action_name_and_a_boolean()
    {
        Assert.Contains(Problems(SampleDefinition.With(("pass: {", "recall: { to: approval }\n      pass: {"))),
            p => p.Code == DefinitionProblemCodes.ReservedAction);
        Assert.Contains(Problems(SampleDefinition.With(("pass: { to: approval,", "pass: { to: approval, recall: yes please,"))),
            p => p.Code == DefinitionProblemCodes.WrongType);
    }
}
