namespace RegistrationFlow.Core.Definitions.Validation;

/// <summary>
/// Parallel steps and joins. A branch is the set of steps reachable from its first step without passing the join
/// (end steps included: a branch may refuse the whole application). Every branch must reach the join, may not get
/// back to its parallel step without passing the join or share steps with another branch, and no step outside may jump
/// into it (the join would wait forever).
/// </summary>
internal static class ParallelRules
{
    public static void Check(ValidationContext c)
    {
        var graph = c.Graph;
        var joinedBy = new Dictionary<string, List<StepDefinition>>(StringComparer.Ordinal);
        foreach (var parallel in c.Definition.Steps.Where(step => step.Kind == StepKind.Parallel).DistinctBy(step => step.Id))
        {
            if (parallel.Branches.Count < 2)
                c.ReportAtKey(DefinitionPath.StepKey(parallel.Id, "branches"), parallel.Location, DefinitionProblemCodes.ParallelNeedsBranches,
                    $"并行步骤“{parallel.Id}”至少需要两个分支（branches）", $"parallel step '{parallel.Id}' needs at least two branches");
            if (parallel.Join is null)
            {
                c.ReportAtKey(DefinitionPath.Step(parallel.Id), parallel.Location, DefinitionProblemCodes.ParallelNeedsJoin,
                    $"并行步骤“{parallel.Id}”需要 join（各分支汇合的 join 步骤）", $"parallel step '{parallel.Id}' needs 'join' (the join step where its branches meet)");
                continue;
            }
            if (!graph.Steps.TryGetValue(parallel.Join, out var join)) continue; // reported as an unknown target
            if (join.Kind != StepKind.Join)
            {
                c.Report(DefinitionPath.StepKey(parallel.Id, "join"), parallel.Location, DefinitionProblemCodes.ParallelNeedsJoin,
                    $"并行步骤“{parallel.Id}”的 join 指向“{join.Id}”，但它不是 join 类型的步骤",
                    $"parallel step '{parallel.Id}' joins at '{join.Id}', which is not a step of kind join");
                continue;
            }
            if (!joinedBy.TryGetValue(join.Id, out var parallels)) joinedBy[join.Id] = parallels = [];
            parallels.Add(parallel);
            CheckBranches(c, parallel, join);
        }

        foreach (var join in c.Definition.Steps.Where(step => step.Kind == StepKind.Join).DistinctBy(step => step.Id))
        {
            joinedBy.TryGetValue(join.Id, out var parallels);
            if (parallels is null)
                c.ReportAtKey(DefinitionPath.Step(join.Id), join.Location, DefinitionProblemCodes.JoinWithoutParallel,
                    $"join 步骤“{join.Id}”没有对应的并行步骤（没有任何 parallel 步骤的 join 指向它）",
                    $"join step '{join.Id}' has no parallel step: no parallel step names it as its join");
            else if (parallels.Count > 1)
                c.ReportAtKey(DefinitionPath.Step(join.Id), join.Location, DefinitionProblemCodes.JoinWithoutParallel,
                    $"join 步骤“{join.Id}”被多个并行步骤使用：{string.Join(", ", parallels.Select(p => p.Id))}",
                    $"join step '{join.Id}' is used by more than one parallel step: {string.Join(", ", parallels.Select(p => p.Id))}");
        }
    }

    private static void CheckBranches(ValidationContext c, StepDefinition parallel, StepDefinition join)
    {
        var graph = c.Graph;
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);

        for (var index = 0; index < parallel.Branches.Count; index++)
        {
            var first = parallel.Branches[index];
            if (!graph.Steps.ContainsKey(first)) continue; // reported as an unknown target
            var branchPath = DefinitionPath.Item(DefinitionPath.StepKey(parallel.Id, "branches"), index);
            var region = graph.Reach([first], stopAt: id => id == join.Id || id == parallel.Id || graph.IsEnd(id));

            if (!region.Contains(join.Id))
                c.Report(branchPath, parallel.Location, DefinitionProblemCodes.BranchDoesNotReachJoin,
                    $"分支“{first}”到不了并行步骤“{parallel.Id}”的汇合点“{join.Id}”",
                    $"branch '{first}' never reaches '{join.Id}', where the branches of parallel step '{parallel.Id}' meet");

            var inside = region.Where(id => id != join.Id && !graph.IsEnd(id)).Order(StringComparer.Ordinal).ToList();
            // Back at its own parallel step without passing the join: the branch has run on past it.
            // (A branch that runs into steps after the join is caught too: those steps are then entered from the join, outside the branch.)
            var leaving = inside.Where(id => id == parallel.Id).ToList();
            if (leaving.Count > 0)
                c.Report(branchPath, parallel.Location, DefinitionProblemCodes.BranchLeavesParallel,
                    $"分支“{first}”没有经过汇合点“{join.Id}”就回到了并行步骤“{parallel.Id}”",
                    $"branch '{first}' gets back to parallel step '{parallel.Id}' without passing the join '{join.Id}'");
            var shared = inside.Except(leaving).Where(owner.ContainsKey).ToList();
            if (shared.Count > 0)
                c.Report(branchPath, parallel.Location, DefinitionProblemCodes.BranchEnteredFromOutside,
                    $"分支“{first}”与分支“{owner[shared[0]]}”共用步骤：{string.Join(", ", shared)}",
                    $"branch '{first}' shares steps with branch '{owner[shared[0]]}': {string.Join(", ", shared)}");
            foreach (var id in inside.Except(leaving)) owner.TryAdd(id, first);
        }

        foreach (var step in c.Definition.Steps.DistinctBy(step => step.Id))
        {
            if (step.Id == parallel.Id || owner.ContainsKey(step.Id)) continue;
            foreach (var edge in graph.EdgesFrom(step.Id).Where(edge => owner.ContainsKey(edge.To)))
                c.Report(edge.Path, edge.Fallback, DefinitionProblemCodes.BranchEnteredFromOutside,
                    $"步骤“{step.Id}”跳进了并行分支里的“{edge.To}”：汇合点“{join.Id}”会一直等另一个分支。请改为回到并行步骤“{parallel.Id}”",
                    $"step '{step.Id}' jumps into '{edge.To}' inside a branch of '{parallel.Id}': the join '{join.Id}' would wait for the other branches forever; go back to '{parallel.Id}' instead");
        }
    }
}
