namespace RegistrationFlow.Core.Definitions.Reading;

internal sealed partial class DefinitionBuilder
{
    private IReadOnlyList<StepDefinition>? ReadSteps(YamlNode node)
    {
        // Step ids are the keys of this mapping: any key is allowed here; the validator checks the ids.
        if (reader.Mapping(node, DefinitionPath.Steps, allowed: null) is not { } steps) return null;
        var result = new List<StepDefinition>();
        foreach (var entry in steps.Entries)
        {
            if (ReadStep(entry) is { } step) result.Add(step);
        }
        return result;
    }

    private StepDefinition? ReadStep(YamlEntry entry)
    {
        var id = entry.Key.Value;
        var path = DefinitionPath.Step(id);
        if (reader.Mapping(entry.Value, path, DefinitionKeys.Step) is not { } spec) return null;

        string? Text(string key) => spec[key] is { } node ? reader.Text(node, DefinitionPath.Child(path, key)) : null;
        IReadOnlyList<string> List(string key) => spec[key] is { } node ? reader.TextList(node, DefinitionPath.Child(path, key)) : [];

        var actions = spec["actions"] is { } actionsNode ? ReadActions(id, actionsNode) : [];
        var outcome = spec["outcome"] is { } outcomeNode ? reader.Word(outcomeNode, DefinitionPath.Child(path, "outcome"), LanguageWords.Outcomes) : null;
        var kind = spec["kind"] is { } kindNode
            ? reader.Word(kindNode, DefinitionPath.Child(path, "kind"), LanguageWords.StepKinds) ?? StepKind.Human
            : ImpliedKind(spec);

        return new StepDefinition
        {
            Id = id,
            Kind = kind,
            Title = spec["title"] is not null ? ReadTitle(spec, "title") : null,
            Role = Text("role"),
            NotBy = List("not-by"),
            Actions = actions,
            OnEnter = List("on-enter"),
            Then = Text("then"),
            Until = Text("until"),
            Branches = List("branches"),
            Join = Text("join"),
            Outcome = outcome,
            Location = entry.Key.Location,
        };
    }

    /// <summary>Without <c>kind</c> a step is human, unless it only names an outcome: then it is an end step.</summary>
    private static StepKind ImpliedKind(MappingView spec) =>
        spec["outcome"] is not null && spec["role"] is null && spec["actions"] is null ? StepKind.End : StepKind.Human;

    private IReadOnlyList<ActionDefinition> ReadActions(string stepId, YamlNode node)
    {
        var path = DefinitionPath.StepKey(stepId, "actions");
        if (reader.Mapping(node, path, allowed: null) is not { } actions) return [];
        var result = new List<ActionDefinition>();
        foreach (var entry in actions.Entries)
        {
            var name = entry.Key.Value;
            var actionPath = DefinitionPath.Action(stepId, name);
            if (reader.Mapping(entry.Value, actionPath, DefinitionKeys.Action) is not { } spec) continue;
            var to = reader.Required(spec, "to") is { } toNode ? reader.Text(toNode, DefinitionPath.Child(actionPath, "to")) : null;
            if (to is null) continue;
            result.Add(new ActionDefinition
            {
                Name = name,
                To = to,
                When = spec["when"] is { } whenNode ? reader.Text(whenNode, DefinitionPath.Child(actionPath, "when")) : null,
                Requires = spec["requires"] is { } requiresNode ? reader.TextList(requiresNode, DefinitionPath.Child(actionPath, "requires")) : [],
                Effects = spec["effects"] is { } effectsNode ? reader.TextList(effectsNode, DefinitionPath.Child(actionPath, "effects")) : [],
                Recall = spec["recall"] is { } recallNode && reader.Boolean(recallNode, DefinitionPath.Child(actionPath, "recall")) == true,
                Title = spec["title"] is not null ? ReadTitle(spec, "title") : null,
                Location = entry.Key.Location,
            });
        }
        return result;
    }
}
