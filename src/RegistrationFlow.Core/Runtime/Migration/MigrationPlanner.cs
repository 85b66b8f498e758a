using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Runtime.Migration;

/// <summary>
/// Pure migration planning. A step the mapping does not name keeps its id when the target has a step by that id.
/// A step may only move to a step of the same kind (and for human steps the same role, for wait steps the same
/// trigger); a token inside a parallel branch needs its parallel step to exist in the target with as many branches.
/// </summary>
internal static class MigrationPlanner
{
    public static MigrationPlan Plan(InstanceState state, CompiledWorkflow from, CompiledWorkflow to,
        IReadOnlyDictionary<string, string> stepMapping)
    {
        var reasons = new List<LocalizedText>();
        var moves = new List<TokenMove>();
        if (state.WorkflowId != from.Id || state.WorkflowVersion != from.Version)
        {
            reasons.Add(new($"实例属于 {state.WorkflowId} 第 {state.WorkflowVersion} 版，不是 {from.Id} 第 {from.Version} 版。",
                $"The instance runs {state.WorkflowId} version {state.WorkflowVersion}, not {from.Id} version {from.Version}."));
        }
        if (to.Id != from.Id)
        {
            reasons.Add(new($"只能迁移到同一流程（{from.Id}）的新版本，不能迁移到 {to.Id}。",
                $"An instance can only move to another version of its own workflow ({from.Id}), not to {to.Id}."));
        }
        else if (to.Version <= from.Version)
        {
            reasons.Add(new($"目标版本 {to.Version} 不高于当前版本 {from.Version}。",
                $"The target version {to.Version} is not higher than the current version {from.Version}."));
        }
        if (state.Status == InstanceStatus.Ended)
        {
            reasons.Add(new("已办结的申请不能迁移。", "An ended application cannot be migrated."));
        }

        foreach (var token in state.Tokens)
        {
            var target = Map(token.StepId, to, stepMapping);
            moves.Add(new TokenMove(token.StepId, target?.Id));
            var source = from.FindStep(token.StepId);
            if (target is null)
            {
                reasons.Add(new($"环节 {token.StepId} 在第 {to.Version} 版中没有对应环节。",
                    $"The step {token.StepId} has no counterpart in version {to.Version}."));
                continue;
            }
            if (source is null) continue;
            if (source.Kind != target.Kind)
            {
                reasons.Add(new($"环节 {source.Id}（{source.Kind}）不能对应到类型不同的环节 {target.Id}（{target.Kind}）。",
                    $"The step {source.Id} ({source.Kind}) cannot map to {target.Id}, which is a {target.Kind} step."));
            }
            else if (source.Role != target.Role)
            {
                reasons.Add(new($"环节 {source.Id} 由 {source.Role} 办理，而 {target.Id} 由 {target.Role} 办理。",
                    $"The step {source.Id} is done by {source.Role} but {target.Id} by {target.Role}."));
            }
            else if (source.Until != target.Until)
            {
                reasons.Add(new($"等待环节 {source.Id} 与 {target.Id} 等待的事件不同。",
                    $"The wait steps {source.Id} and {target.Id} wait for different triggers."));
            }
            for (var branch = token.Branch; branch is not null; branch = branch.Outer)
            {
                var parallel = Map(branch.ParallelStep, to, stepMapping);
                if (parallel is not { Kind: StepKind.Parallel } || parallel.Branches.Length != from.FindStep(branch.ParallelStep)?.Branches.Length)
                {
                    reasons.Add(new($"环节 {token.StepId} 所在的并行环节 {branch.ParallelStep} 在第 {to.Version} 版中没有分支数相同的对应环节。",
                        $"The parallel step {branch.ParallelStep} around {token.StepId} has no counterpart with as many branches in version {to.Version}."));
                }
            }
        }
        return new MigrationPlan(reasons.Count == 0, moves, reasons);
    }

    private static CompiledStep? Map(string stepId, CompiledWorkflow to, IReadOnlyDictionary<string, string> mapping) =>
        to.FindStep(mapping.TryGetValue(stepId, out var mapped) ? mapped : stepId);
}
