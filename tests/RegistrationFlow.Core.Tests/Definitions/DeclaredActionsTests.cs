using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Tests.Definitions;

/// <summary>The acceptance and the hand-over are found by what the workflow declares, whatever their names.</summary>
public class DeclaredActionsTests
{
    private static WorkflowDefinition Load(string fileName) =>
        DefinitionReader.ReadAndValidate(RepositoryFiles.Workflow(fileName), fileName, DefinitionValidationOptions.Default).Definition!;

    [Theory]
    [InlineData("commercial-housing-transfer.v1.yaml", "accept", "hand-over")]
    [InlineData("land-use-right-first-registration.v1.yaml", "accept", "hand-over")]
    [InlineData("mortgage-registration.v1.yaml", "accept", "hand-over")]
    [InlineData("second-hand-housing-transfer.v1.yaml", "accept", "hand-over")]
    [InlineData("mortgage-cancellation.v1.yaml", "accept", null)] // no certificate, nothing to hand over
    public void The_shipped_workflows_declare_their_acceptance_and_hand_over(string fileName, string acceptance, string? handOver)
    {
        var definition = Load(fileName);

        Assert.Equal(acceptance, DeclaredActions.Acceptance(definition)?.Name);
        Assert.True(DeclaredActions.StartsClock(definition, acceptance));
        Assert.False(DeclaredActions.StartsClock(definition, "approve"));
        Assert.Equal(handOver, DeclaredActions.HandOver(definition)?.Name);
    }

    [Fact]
    public void Actions_that_end_an_application_unfavourably_are_known_by_where_they_lead()
    {
        var definition = Load("commercial-housing-transfer.v1.yaml");

        Assert.True(DeclaredActions.EndsUnfavourably(definition, "refuse"));        // → refused
        Assert.True(DeclaredActions.EndsUnfavourably(definition, "refuse-intake")); // → not-accepted
        Assert.False(DeclaredActions.EndsUnfavourably(definition, "hand-over"));    // → completed
        Assert.False(DeclaredActions.EndsUnfavourably(definition, "pass"));
    }

    [Fact]
    public void A_renamed_action_is_still_found_by_its_declaration()
    {
        var text = RepositoryFiles.Workflow("commercial-housing-transfer.v1.yaml")
            .Replace("      accept:", "      receive:").Replace("      hand-over:", "      issue-certificate:");
        var definition = DefinitionReader.ReadAndValidate(text, "commercial-housing-transfer.v1.yaml", DefinitionValidationOptions.Default).Definition!;

        Assert.Equal("receive", DeclaredActions.Acceptance(definition)?.Name);
        Assert.Equal("issue-certificate", DeclaredActions.HandOver(definition)?.Name);
    }

    [Fact]
    public void Without_the_hand_over_effect_no_action_hands_the_certificate_over()
    {
        var text = RepositoryFiles.Workflow("commercial-housing-transfer.v1.yaml").Replace("        effects: [hand-over-certificate]\n", "");
        var definition = DefinitionReader.ReadAndValidate(text, "commercial-housing-transfer.v1.yaml", DefinitionValidationOptions.Default).Definition!;

        Assert.Null(DeclaredActions.HandOver(definition));
    }
}
