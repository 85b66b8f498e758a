using System.Globalization;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Diagrams;

/// <summary>
/// What one version changes against another, in words a manager reads before publishing: steps, actions, time limits,
/// materials, parties, roles, fees and messages added, removed or changed. The text diff shows how; this says what.
/// </summary>
public static class DefinitionSummary
{
    public static IReadOnlyList<LocalizedText> Between(WorkflowDefinition before, WorkflowDefinition after)
    {
        var lines = new List<LocalizedText>();
        if (before.Title.ZhCn != after.Title.ZhCn || before.Title.EnUs != after.Title.EnUs)
            lines.Add(Of($"名称改为“{after.Title.ZhCn}”", $"title changed to '{after.Title.EnUs}'"));
        ServiceLevel(before.ServiceLevel, after.ServiceLevel, lines);
        if (before.Fee != after.Fee)
            lines.Add(Of($"收费改为每件 {after.Fee.PerCase:0.##} 元、每多一本证 {after.Fee.ExtraCertificate:0.##} 元",
                $"fee changed to {after.Fee.PerCase:0.##} yuan a case, {after.Fee.ExtraCertificate:0.##} a further certificate"));
        Materials(before, after, lines);
        Parties(before, after, lines);
        Steps(before, after, lines);
        foreach (var key in before.Messages.Keys.Union(after.Messages.Keys).Order(StringComparer.Ordinal))
        {
            var was = before.Messages.GetValueOrDefault(key);
            var now = after.Messages.GetValueOrDefault(key);
            if (was?.ZhCn != now?.ZhCn || was?.EnUs != now?.EnUs)
                lines.Add(Of($"消息“{key}”措辞改变", $"message '{key}' reworded"));
        }
        return lines;
    }

    private static void ServiceLevel(ServiceLevelSpec was, ServiceLevelSpec now, List<LocalizedText> lines)
    {
        if (was.Complete != now.Complete)
            lines.Add(Of($"办结时限：{Completion(was.Complete).ZhCn} → {Completion(now.Complete).ZhCn}",
                $"time limit: {Completion(was.Complete).EnUs} → {Completion(now.Complete).EnUs}"));
        if (was.CutOff != now.CutOff)
            lines.Add(Of($"当日受理截止：{Time(was.CutOff)} → {Time(now.CutOff)}", $"same-day cut-off: {Time(was.CutOff)} → {Time(now.CutOff)}"));
        if (was.CertificateReady != now.CertificateReady)
            lines.Add(Word("领证时间", "certificate ready", LanguageWords.Of(was.CertificateReady), LanguageWords.Of(now.CertificateReady)));
        if (was.WarnBefore != now.WarnBefore)
            lines.Add(Of($"提前预警：{was.WarnBefore.TotalMinutes:0} 分钟 → {now.WarnBefore.TotalMinutes:0} 分钟",
                $"warning: {was.WarnBefore.TotalMinutes:0} min → {now.WarnBefore.TotalMinutes:0} min before due"));
        if (was.OnSupplement != now.OnSupplement)
            lines.Add(Word("补正时计时", "clock on supplement", LanguageWords.Of(was.OnSupplement), LanguageWords.Of(now.OnSupplement)));
        if (was.SupplementWithinWorkingDays != now.SupplementWithinWorkingDays)
            lines.Add(Of($"补正期限：{Days(was.SupplementWithinWorkingDays).ZhCn} → {Days(now.SupplementWithinWorkingDays).ZhCn}",
                $"supplement within: {Days(was.SupplementWithinWorkingDays).EnUs} → {Days(now.SupplementWithinWorkingDays).EnUs}"));
    }

    private static void Materials(WorkflowDefinition before, WorkflowDefinition after, List<LocalizedText> lines)
    {
        var was = before.Materials.ToDictionary(m => m.Id);
        var now = after.Materials.ToDictionary(m => m.Id);
        foreach (var added in now.Keys.Except(was.Keys))
            lines.Add(Of($"新增材料“{after.MaterialTitle(added).ZhCn}”{(now[added].Required ? "（必交）" : "")}",
                $"material added: '{after.MaterialTitle(added).EnUs}'{(now[added].Required ? " (required)" : "")}"));
        foreach (var removed in was.Keys.Except(now.Keys))
            lines.Add(Of($"删去材料“{before.MaterialTitle(removed).ZhCn}”", $"material removed: '{before.MaterialTitle(removed).EnUs}'"));
        foreach (var id in was.Keys.Intersect(now.Keys).Where(id => was[id].Required != now[id].Required))
            lines.Add(Of($"材料“{after.MaterialTitle(id).ZhCn}”改为{(now[id].Required ? "必交" : "可选")}",
                $"material '{after.MaterialTitle(id).EnUs}' now {(now[id].Required ? "required" : "optional")}"));
    }

    private static void Parties(WorkflowDefinition before, WorkflowDefinition after, List<LocalizedText> lines)
    {
        var was = before.Parties.ToDictionary(p => p.Role, p => p.Min);
        var now = after.Parties.ToDictionary(p => p.Role, p => p.Min);
        foreach (var role in was.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            if (was.GetValueOrDefault(role, -1) == now.GetValueOrDefault(role, -1)) continue;
            lines.Add(!now.ContainsKey(role) ? Of($"删去当事人“{role}”", $"party role removed: {role}")
                : !was.ContainsKey(role) ? Of($"新增当事人“{role}”（至少 {now[role]} 人）", $"party role added: {role} (at least {now[role]})")
                : Of($"当事人“{role}”至少 {was[role]} → {now[role]} 人", $"party role {role}: at least {was[role]} → {now[role]}"));
        }
    }

    private static void Steps(WorkflowDefinition before, WorkflowDefinition after, List<LocalizedText> lines)
    {
        var was = before.Steps.ToDictionary(s => s.Id);
        foreach (var step in after.Steps)
        {
            var title = after.StepTitle(step.Id);
            if (!was.TryGetValue(step.Id, out var old))
            {
                lines.Add(Of($"新增环节“{title.ZhCn}”", $"step added: '{title.EnUs}'"));
                continue;
            }
            if (old.Role != step.Role)
                lines.Add(Of($"环节“{title.ZhCn}”的岗位：{old.Role ?? "—"} → {step.Role ?? "—"}", $"step '{title.EnUs}' role: {old.Role ?? "—"} → {step.Role ?? "—"}"));
            if (!old.NotBy.SequenceEqual(step.NotBy))
                lines.Add(Of($"环节“{title.ZhCn}”的岗位分离（not-by）：{List(old.NotBy)} → {List(step.NotBy)}",
                    $"step '{title.EnUs}' separation of duties (not-by): {List(old.NotBy)} → {List(step.NotBy)}"));
            if (!old.OnEnter.SequenceEqual(step.OnEnter))
                lines.Add(Of($"环节“{title.ZhCn}”进入时：{List(old.OnEnter)} → {List(step.OnEnter)}", $"step '{title.EnUs}' on entering: {List(old.OnEnter)} → {List(step.OnEnter)}"));
            Actions(title, old, step, lines);
        }
        foreach (var removed in before.Steps.Where(s => after.Steps.All(n => n.Id != s.Id)))
            lines.Add(Of($"删去环节“{before.StepTitle(removed.Id).ZhCn}”", $"step removed: '{before.StepTitle(removed.Id).EnUs}'"));
    }

    private static void Actions(LocalizedText step, StepDefinition old, StepDefinition now, List<LocalizedText> lines)
    {
        var was = old.Actions.ToDictionary(a => a.Name);
        foreach (var action in now.Actions)
        {
            if (!was.TryGetValue(action.Name, out var before))
            {
                lines.Add(Of($"环节“{step.ZhCn}”新增操作 {action.Name}（→ {action.To}）", $"step '{step.EnUs}': action {action.Name} added (→ {action.To})"));
                continue;
            }
            var changes = new List<string>();
            if (before.To != action.To) changes.Add($"→ {before.To} ⇒ {action.To}");
            if (before.When != action.When) changes.Add($"when: {before.When ?? "—"} ⇒ {action.When ?? "—"}");
            if (!before.Requires.SequenceEqual(action.Requires)) changes.Add($"requires: {List(before.Requires)} ⇒ {List(action.Requires)}");
            if (!before.Effects.SequenceEqual(action.Effects)) changes.Add($"effects: {List(before.Effects)} ⇒ {List(action.Effects)}");
            if (changes.Count > 0)
                lines.Add(Of($"环节“{step.ZhCn}”的操作 {action.Name}：{string.Join("；", changes)}", $"step '{step.EnUs}', action {action.Name}: {string.Join("; ", changes)}"));
        }
        foreach (var removed in old.Actions.Where(a => now.Actions.All(n => n.Name != a.Name)))
            lines.Add(Of($"环节“{step.ZhCn}”删去操作 {removed.Name}", $"step '{step.EnUs}': action {removed.Name} removed"));
    }

    private static LocalizedText Completion(CompletionRule rule) => rule.Kind == CompletionKind.SameDay
        ? Of("当天办结", "same day")
        : Of($"{rule.WorkingDays} 个工作日", $"{rule.WorkingDays} working days");

    private static LocalizedText Days(int? days) => days is { } d ? Of($"{d} 个工作日", $"{d} working days") : Of("不限", "no limit");

    private static LocalizedText Word(string whatZh, string whatEn, string was, string now) => Of($"{whatZh}：{was} → {now}", $"{whatEn}: {was} → {now}");

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string List(IReadOnlyList<string> words) => words.Count == 0 ? "—" : string.Join(", ", words);

    private static LocalizedText Of(string zhCn, string enUs) => LocalizedText.Of(zhCn, enUs);
}
