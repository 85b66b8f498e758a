namespace RegistrationFlow.Core.Definitions.Validation;

/// <summary>How the steps connect: targets, start, reachability, a way to an end, separation of duties, parallel and join.</summary>
internal static class GraphRules
{
    public static void Check(ValidationContext c)
    {
        var d = c.Definition;
        var graph = c.Graph;
        if (d.Steps.Count == 0)
        {
            c.Report(DefinitionPath.Steps, d.Location, DefinitionProblemCodes.NoSteps, "工作流没有任何步骤", "the workflow has no steps");
            return;
        }

        foreach (var step in d.Steps)
            foreach (var edge in StepGraph.NamedTargets(step).Where(edge => !graph.Steps.ContainsKey(edge.To)))
                ReportUnknownTarget(c, edge.To, edge.Path, edge.Fallback);

        var startKnown = graph.Steps.ContainsKey(d.StartStep);
        if (!startKnown) ReportUnknownTarget(c, d.StartStep, "start", d.Location);
        else CheckReachability(c);

        CheckWayToAnEnd(c);
        CheckNotBy(c);
        ParallelRules.Check(c);
    }

    private static void ReportUnknownTarget(ValidationContext c, string target, string path, SourceLocation fallback)
    {
        var (zhHint, enHint) = Spelling.Hint(target, c.Graph.Steps.Keys);
        c.Report(path, fallback, DefinitionProblemCodes.UnknownTarget,
            $"没有名为“{target}”的步骤{zhHint}", $"there is no step '{target}'{enHint}");
    }

    private static void CheckReachability(ValidationContext c)
    {
        var reached = c.Graph.Reach([c.Definition.StartStep]);
        foreach (var step in c.Definition.Steps.Where(step => !reached.Contains(step.Id)).DistinctBy(step => step.Id))
            c.ReportAtKey(DefinitionPath.Step(step.Id), step.Location, DefinitionProblemCodes.UnreachableStep,
                $"步骤“{step.Id}”无法到达：从开始步骤“{c.Definition.StartStep}”出发，没有任何操作或 then 通往它",
                $"step '{step.Id}' is unreachable: no action or 'then' leads to it from the start step '{c.Definition.StartStep}'");
    }

    private static void CheckWayToAnEnd(ValidationContext c)
    {
        var steps = c.Definition.Steps;
        if (!steps.Any(step => step.Kind == StepKind.End))
        {
            c.ReportAtKey(DefinitionPath.Steps, c.Definition.Location, DefinitionProblemCodes.NoPathToEnd,
                "工作流没有结束步骤（kind: end）", "the workflow has no end step (kind: end)");
            return;
        }
        var canEnd = c.Graph.CanReachAnEnd();
        foreach (var step in steps.Where(step => !canEnd.Contains(step.Id)).DistinctBy(step => step.Id))
            c.ReportAtKey(DefinitionPath.Step(step.Id), step.Location, DefinitionProblemCodes.NoPathToEnd,
                $"从步骤“{step.Id}”出发无法到达任何结束步骤，办件会卡在这里",
                $"no path leads from step '{step.Id}' to an end step: an application would be stuck there");
    }

    private static void CheckNotBy(ValidationContext c)
    {
        foreach (var step in c.Definition.Steps)
        {
            for (var index = 0; index < step.NotBy.Count; index++)
            {
                var named = step.NotBy[index];
                var path = DefinitionPath.Item(DefinitionPath.StepKey(step.Id, "not-by"), index);
                if (!c.Graph.Steps.TryGetValue(named, out var earlier))
                {
                    var (zhHint, enHint) = Spelling.Hint(named, c.Graph.Steps.Keys);
                    c.Report(path, step.Location, DefinitionProblemCodes.NotByUnknownStep,
                        $"not-by 中的步骤“{named}”不存在{zhHint}", $"not-by names step '{named}', which does not exist{enHint}");
                }
                else if (named == step.Id || !c.Graph.CanPrecede(named, step.Id))
                    c.Report(path, step.Location, DefinitionProblemCodes.NotByCannotPrecede,
                        $"not-by 中的步骤“{named}”不可能在“{step.Id}”之前办理，这条岗位分离规则没有意义",
                        $"not-by names step '{named}', which can never come before '{step.Id}', so the rule would never apply");
                else if (earlier.Kind != StepKind.Human)
                    c.Report(path, step.Location, DefinitionProblemCodes.NotByNotHuman,
                        $"not-by 中的步骤“{named}”不是人工步骤，没有人在那里办理",
                        $"not-by names step '{named}', which is not a human step: nobody acts there");
            }
        }
    }
}
