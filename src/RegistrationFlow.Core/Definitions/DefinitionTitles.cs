using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Definitions;

/// <summary>Titles of a definition's steps and materials as screens and reports show them; the id when the definition has none.</summary>
public static class DefinitionTitles
{
    public static LocalizedText StepTitle(this WorkflowDefinition? definition, string stepId) =>
        definition?.Steps.FirstOrDefault(s => s.Id == stepId)?.Title?.ToText(stepId) ?? LocalizedText.Of(stepId, stepId);

    public static LocalizedText MaterialTitle(this WorkflowDefinition? definition, string id) =>
        definition?.Materials.FirstOrDefault(m => m.Id == id)?.Title?.ToText(id) ?? LocalizedText.Of(id, id);
}
