using RegistrationFlow.Core.Definitions.Expressions;

namespace RegistrationFlow.Core.Definitions.Validation;

/// <summary>Each step on its own: ids, what its kind needs and allows, roles, actions, fields, effects and guards.</summary>
internal static class StepRules
{
    public static void Check(ValidationContext c)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in c.Definition.Steps)
        {
            var path = DefinitionPath.Step(step.Id);
            if (!IdentityRules.IsKebabCase(step.Id))
                c.ReportAt(step.Location, DefinitionProblemCodes.NotKebabCase,
                    $"步骤编号“{step.Id}”应为 kebab-case，例如 second-review", $"step id '{step.Id}' must be kebab-case, e.g. second-review");
            if (!seen.Add(step.Id))
                c.ReportAt(step.Location, DefinitionProblemCodes.DuplicateId, $"步骤“{step.Id}”重复", $"step '{step.Id}' is defined twice");
            if (step.Title is not null)
                IdentityRules.RequireBothLanguages(c, step.Title, DefinitionPath.StepKey(step.Id, "title"), step.Location,
                    $"步骤“{step.Id}”的名称", $"the title of step '{step.Id}'");

            CheckKeysFitKind(c, step);
            CheckKindNeeds(c, step, path);
            CheckEffects(c, step.OnEnter, DefinitionPath.StepKey(step.Id, "on-enter"), step.Location);
            CheckActions(c, step);
        }
    }

    public static void CheckRole(ValidationContext c, string role, string path, SourceLocation fallback)
    {
        if (Vocabulary.Roles.Contains(role)) return;
        var (zhHint, enHint) = Spelling.Hint(role, Vocabulary.Roles);
        var list = string.Join(", ", Vocabulary.Roles);
        c.Report(path, fallback, DefinitionProblemCodes.UnknownRole,
            $"未知的岗位“{role}”{zhHint}；允许：{list}", $"unknown role '{role}'{enHint}; allowed: {list}");
    }

    public static void CheckFields(ValidationContext c, IReadOnlyList<string> fields, string path, SourceLocation fallback)
    {
        var list = string.Join(", ", Vocabulary.Fields.All);
        for (var index = 0; index < fields.Count; index++)
        {
            if (Vocabulary.Fields.All.Contains(fields[index])) continue;
            var (zhHint, enHint) = Spelling.Hint(fields[index], Vocabulary.Fields.All);
            c.Report(DefinitionPath.Item(path, index), fallback, DefinitionProblemCodes.UnknownField,
                $"未知的填写项“{fields[index]}”{zhHint}；允许：{list}", $"unknown field '{fields[index]}' in requires{enHint}; allowed: {list}");
        }
    }

    private static void CheckEffects(ValidationContext c, IReadOnlyList<string> effects, string path, SourceLocation fallback)
    {
        var list = string.Join(", ", Vocabulary.Effects.All);
        for (var index = 0; index < effects.Count; index++)
        {
            if (Vocabulary.Effects.All.Contains(effects[index])) continue;
            var (zhHint, enHint) = Spelling.Hint(effects[index], Vocabulary.Effects.All);
            c.Report(DefinitionPath.Item(path, index), fallback, DefinitionProblemCodes.UnknownEffect,
                $"未知的效果“{effects[index]}”{zhHint}；允许：{list}", $"unknown effect '{effects[index]}'{enHint}; allowed: {list}");
        }
    }

    private static readonly IReadOnlyDictionary<StepKind, string[]> KeysByKind = new Dictionary<StepKind, string[]>
    {
        [StepKind.Human] = ["role", "not-by", "actions", "on-enter"],
        [StepKind.Automatic] = ["on-enter", "then"],
        [StepKind.Wait] = ["on-enter", "until", "then"],
        [StepKind.Parallel] = ["branches", "join"],
        [StepKind.Join] = ["then"],
        [StepKind.End] = ["on-enter", "outcome"],
    };

    private static void CheckKeysFitKind(ValidationContext c, StepDefinition step)
    {
        var allowed = KeysByKind[step.Kind];
        var kind = LanguageWords.Of(step.Kind);
        var given = new (string Key, bool Present)[]
        {
            ("role", step.Role is not null), ("not-by", step.NotBy.Count > 0), ("actions", step.Actions.Count > 0),
            ("on-enter", step.OnEnter.Count > 0), ("then", step.Then is not null), ("until", step.Until is not null),
            ("branches", step.Branches.Count > 0), ("join", step.Join is not null), ("outcome", step.Outcome is not null),
        };
        foreach (var (key, present) in given)
        {
            if (!present || allowed.Contains(key)) continue;
            var path = DefinitionPath.StepKey(step.Id, key);
            if (step.Kind == StepKind.End && key == "actions")
                c.ReportAtKey(path, step.Location, DefinitionProblemCodes.EndStepWithActions,
                    $"结束步骤“{step.Id}”不能有操作：流程在这里结束", $"end step '{step.Id}' cannot have actions: the instance ends there");
            else
                c.ReportAtKey(path, step.Location, DefinitionProblemCodes.KeyNotForKind,
                    $"“{key}”不能用在 {kind} 类型的步骤“{step.Id}”上；此类步骤可用：{string.Join(", ", allowed)}",
                    $"'{key}' has no meaning on step '{step.Id}' of kind {kind}; such a step takes: {string.Join(", ", allowed)}");
        }
    }

    private static void CheckKindNeeds(ValidationContext c, StepDefinition step, string path)
    {
        switch (step.Kind)
        {
            case StepKind.Human:
                if (step.Role is null)
                    c.ReportAtKey(path, step.Location, DefinitionProblemCodes.HumanStepWithoutRole,
                        $"人工步骤“{step.Id}”需要 role（由哪个岗位办理）", $"human step '{step.Id}' needs a role (who works on it)");
                else
                    CheckRole(c, step.Role, DefinitionPath.StepKey(step.Id, "role"), step.Location);
                if (step.Actions.Count == 0)
                    c.ReportAtKey(path, step.Location, DefinitionProblemCodes.HumanStepWithoutActions,
                        $"人工步骤“{step.Id}”至少需要一个操作（actions）", $"human step '{step.Id}' needs at least one action");
                break;
            case StepKind.Automatic or StepKind.Wait or StepKind.Join when step.Then is null:
                c.ReportAtKey(path, step.Location, DefinitionProblemCodes.MissingThen,
                    $"{LanguageWords.Of(step.Kind)} 步骤“{step.Id}”需要 then（之后去哪个步骤）",
                    $"{LanguageWords.Of(step.Kind)} step '{step.Id}' needs 'then' (the step that follows)");
                break;
            case StepKind.End when step.Outcome is null:
                c.ReportAtKey(path, step.Location, DefinitionProblemCodes.EndStepWithoutOutcome,
                    $"结束步骤“{step.Id}”需要 outcome：completed、refused 或 not-accepted",
                    $"end step '{step.Id}' needs an outcome: completed, refused or not-accepted");
                break;
            case StepKind.End when step.Outcome == EndOutcome.Withdrawn:
                c.Report(DefinitionPath.StepKey(step.Id, "outcome"), step.Location, DefinitionProblemCodes.ReservedOutcome,
                    "withdrawn 是内置撤回操作的结果，不能写在步骤上；撤回由 withdraw 设置",
                    "withdrawn is the outcome of the built-in withdraw action and cannot be given to a step; set withdrawal up under 'withdraw'");
                break;
        }
        if (step.Kind == StepKind.Wait) CheckWaitTrigger(c, step);
    }

    private static void CheckWaitTrigger(ValidationContext c, StepDefinition step)
    {
        var list = string.Join(", ", Vocabulary.WaitTriggers.All);
        if (step.Until is null)
            c.ReportAtKey(DefinitionPath.Step(step.Id), step.Location, DefinitionProblemCodes.UnknownWaitTrigger,
                $"等待步骤“{step.Id}”需要 until（等什么）：{list}", $"wait step '{step.Id}' needs 'until' (what it waits for): {list}");
        else if (!Vocabulary.WaitTriggers.All.Contains(step.Until))
        {
            var (zhHint, enHint) = Spelling.Hint(step.Until, Vocabulary.WaitTriggers.All);
            c.Report(DefinitionPath.StepKey(step.Id, "until"), step.Location, DefinitionProblemCodes.UnknownWaitTrigger,
                $"等待步骤“{step.Id}”不能等待“{step.Until}”{zhHint}；允许：{list}",
                $"wait step '{step.Id}' cannot wait until '{step.Until}'{enHint}; allowed: {list}");
        }
    }

    private static void CheckActions(ValidationContext c, StepDefinition step)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in step.Actions)
        {
            var path = DefinitionPath.Action(step.Id, action.Name);
            if (action.Name == Vocabulary.RecallAction)
                c.ReportAt(action.Location, DefinitionProblemCodes.ReservedAction,
                    "recall（撤回本人办理）是内置操作；请在可撤回的操作上写 recall: true",
                    "recall is built in; mark the actions that may be taken back with 'recall: true'");
            else if (action.Name == Vocabulary.WithdrawAction)
                c.ReportAt(action.Location, DefinitionProblemCodes.ReservedAction,
                    "withdraw（撤回）是内置操作，登簿前的每个步骤都有；请在 withdraw 下设置由谁撤回、需填写什么",
                    "withdraw is built in and offered on every step before registration; set who may withdraw and what they give under 'withdraw'");
            else if (!IdentityRules.IsKebabCase(action.Name))
                c.ReportAt(action.Location, DefinitionProblemCodes.NotKebabCase,
                    $"操作名“{action.Name}”应为 kebab-case，例如 request-supplement", $"action name '{action.Name}' must be kebab-case, e.g. request-supplement");
            if (!seen.Add(action.Name))
                c.ReportAt(action.Location, DefinitionProblemCodes.DuplicateId,
                    $"步骤“{step.Id}”的操作“{action.Name}”重复", $"action '{action.Name}' is defined twice on step '{step.Id}'");
            if (action.Title is not null)
                IdentityRules.RequireBothLanguages(c, action.Title, DefinitionPath.Child(path, "title"), action.Location,
                    $"操作“{action.Name}”的名称", $"the title of action '{action.Name}'");
            CheckFields(c, action.Requires, DefinitionPath.Child(path, "requires"), action.Location);
            CheckEffects(c, action.Effects, DefinitionPath.Child(path, "effects"), action.Location);
            if (action.When is not null) CheckGuard(c, step, action, DefinitionPath.Child(path, "when"));
            if (action.Recall) CheckRecall(c, step, action, DefinitionPath.Child(path, "recall"));
        }
    }

    /// <summary>
    /// 撤回 restores the step the action left and nothing else: the action may have no effects (they reach the clock, the
    /// register, the certificate or the applicant and are not undone), and it must enter a human step, whose task shows
    /// whether anyone has taken it up.
    /// </summary>
    private static void CheckRecall(ValidationContext c, StepDefinition step, ActionDefinition action, string path)
    {
        if (action.Effects.Count > 0)
            c.Report(path, action.Location, DefinitionProblemCodes.RecallWithEffects,
                $"操作“{step.Id}.{action.Name}”有效果（{string.Join("、", action.Effects)}），撤回无法撤销这些效果，不能标为 recall",
                $"action '{step.Id}.{action.Name}' has effects ({string.Join(", ", action.Effects)}) a recall could not undo; it cannot be recallable");
        if (c.Definition.Steps.FirstOrDefault(s => s.Id == action.To) is { } target && target.Kind != StepKind.Human)
            c.Report(path, action.Location, DefinitionProblemCodes.RecallTargetNotHuman,
                $"操作“{step.Id}.{action.Name}”转到的“{target.Id}”不是人工办理步骤，无法判断下一环节是否已开始办理，不能标为 recall",
                $"action '{step.Id}.{action.Name}' goes to '{target.Id}', which is not a human step, so whether it was taken up cannot be told; it cannot be recallable");
    }

    private static void CheckGuard(ValidationContext c, StepDefinition step, ActionDefinition action, string path)
    {
        if (ExpressionCompiler.TryCompile(action.When!, out _, out var error) || error is null) return;
        var at = c.Definition.Sources.LocateInText(path, error.Line, error.Column);
        c.ReportAt(at == SourceLocation.Unknown ? action.Location : at, DefinitionProblemCodes.GuardDoesNotCompile,
            $"操作“{step.Id}.{action.Name}”的条件 when 无法编译：{error.Message}（条件第 {error.Line} 行第 {error.Column} 列）",
            $"the guard of action '{step.Id}.{action.Name}' does not compile: {error.Message} (guard line {error.Line}, column {error.Column})");
    }
}
