using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Diagrams;

/// <summary>The words the diagram adds itself (roles, notes, legend), in both languages.</summary>
internal static class DiagramTexts
{
    private static readonly Dictionary<string, LocalizedText> RoleNames = new()
    {
        ["clerk"] = LocalizedText.Of("窗口受理人员", "Counter clerk"),
        ["reviewer"] = LocalizedText.Of("审核人员", "Reviewer"),
        ["approver"] = LocalizedText.Of("核准登簿人员", "Approver"),
        ["manager"] = LocalizedText.Of("科室负责人", "Manager"),
        ["admin"] = LocalizedText.Of("系统管理员", "Administrator"),
    };

    private static readonly Dictionary<string, LocalizedText> WaitTriggers = new()
    {
        [Vocabulary.WaitTriggers.CertificateReady] = LocalizedText.Of("等待至证书可领取", "Waits until the certificate is ready"),
    };

    public static string Role(string? role, string language) =>
        role is null ? "" : RoleNames.TryGetValue(role, out var name) ? name.For(language) : role;

    public static string WaitSubtitle(string? until, string language) =>
        until is not null && WaitTriggers.TryGetValue(until, out var text)
            ? text.For(language)
            : until is null ? LocalizedText.Of("等待", "Waits").For(language) : LocalizedText.Of($"等待：{until}", $"Waits for {until}").For(language);

    public static string Automatic(string language) => LocalizedText.Of("自动办理", "Automatic").For(language);

    public static string ParallelFallback(string language) => LocalizedText.Of("并行办理", "In parallel").For(language);

    public static string JoinFallback(string language) => LocalizedText.Of("汇合", "Join").For(language);

    public static string MissingStep(string id, string language) => LocalizedText.Of($"未定义的步骤：{id}", $"Undefined step: {id}").For(language);

    public static string Version(string title, int version, string language) =>
        LocalizedText.Of($"{title}（第 {version} 版）", $"{title} (version {version})").For(language);

    public static string Condition(string guard, string language) => LocalizedText.Of($"条件：{guard}", $"when {guard}").For(language);

    public static string Requires(IEnumerable<string> fields, string language) =>
        LocalizedText.Of($"需填写：{string.Join("、", fields)}", $"requires: {string.Join(", ", fields)}").For(language);

    public static string Withdrawal(string role, string? withdrawnTitle, string language) => withdrawnTitle is null
        ? LocalizedText.Of(
            $"撤回：登簿前，{role}可在任何步骤撤回申请（图中不逐一画出）。",
            $"Withdraw: before registration, the {role.ToLowerInvariant()} may withdraw the application at any step (not drawn from every step).").For(language)
        : LocalizedText.Of(
            $"撤回：登簿前，{role}可在任何步骤撤回申请，申请结束于「{withdrawnTitle}」（图中不逐一画出）。",
            $"Withdraw: before registration, the {role.ToLowerInvariant()} may withdraw the application at any step; it ends at \"{withdrawnTitle}\" (not drawn from every step).").For(language);

    public static string NotBy(string step, IEnumerable<string> earlier, string language) =>
        LocalizedText.Of(
            $"岗位分离：办理过「{string.Join("」「", earlier)}」的人员不得办理「{step}」。",
            $"Separation of duties: whoever acted on \"{string.Join("\", \"", earlier)}\" may not act on \"{step}\".").For(language);

    public static IReadOnlyList<(LegendSymbol Symbol, string Text)> Legend(string language) =>
    [
        (LegendSymbol.Task, LocalizedText.Of("人工办理（下方为岗位）", "Task (role below)").For(language)),
        (LegendSymbol.Wait, LocalizedText.Of("等待 / 自动", "Wait / automatic").For(language)),
        (LegendSymbol.Bar, LocalizedText.Of("并行开始 / 汇合", "Parallel / join").For(language)),
        (LegendSymbol.Completed, LocalizedText.Of("办结", "Completed").For(language)),
        (LegendSymbol.Refused, LocalizedText.Of("不予受理 / 不予登记", "Not accepted / refused").For(language)),
        (LegendSymbol.Withdrawn, LocalizedText.Of("撤回", "Withdrawn").For(language)),
        (LegendSymbol.BackEdge, LocalizedText.Of("退回 / 重新提交", "Going back").For(language)),
    ];
}

internal enum LegendSymbol { Task, Wait, Bar, Completed, Refused, Withdrawn, BackEdge }
