namespace RegistrationFlow.Core.Definitions;

/// <summary>
/// What reading a definition file gave: the model when the text could be turned into one (it may still have
/// problems), and every problem found. A definition may be published only when <see cref="IsValid"/>.
/// </summary>
public sealed record DefinitionReadResult(WorkflowDefinition? Definition, IReadOnlyList<DefinitionProblem> Problems)
{
    public bool IsValid => Definition is not null && Problems.Count == 0;
}
