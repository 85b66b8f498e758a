using RegistrationFlow.Core.Definitions.Validation;

namespace RegistrationFlow.Core.Definitions;

/// <summary>
/// Checks what a definition means: ids, titles, the step graph, roles, fields, effects, guards, separation of duties,
/// parallel branches and the service level against the office calendar. Reports every problem at once, at the line
/// and column of the file when the definition came from <see cref="DefinitionReader"/>.
/// </summary>
public static class DefinitionValidator
{
    public static IReadOnlyList<DefinitionProblem> Validate(WorkflowDefinition definition, string fileName, DefinitionValidationOptions? options = null)
    {
        var context = new ValidationContext(definition, fileName, options ?? DefinitionValidationOptions.Default);
        IdentityRules.Check(context);
        StepRules.Check(context);
        GraphRules.Check(context);
        ServiceLevelRules.Check(context);
        MessageRules.Check(context);
        return context.Problems.OrderBy(problem => problem.Line).ThenBy(problem => problem.Column).ToList();
    }
}
