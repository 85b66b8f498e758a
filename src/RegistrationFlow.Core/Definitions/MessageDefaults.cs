using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Definitions;

/// <summary>
/// The wording of a message a definition does not word itself (<c>messages:</c>), so a version stored before it
/// declared its messages still sends them. The shipped definitions word every message; these are the same words.
/// </summary>
public static class MessageDefaults
{
    private static readonly Dictionary<string, LocalizedText> Texts = new(StringComparer.Ordinal)
    {
        [Vocabulary.Messages.DeadlineWarning] = LocalizedText.Of("申请将于 {due} 到期，请尽快办理。", "The application is due at {due}; please act soon."),
        [Vocabulary.Messages.DeadlineBreach] = LocalizedText.Of("申请已超过办理期限（{due}），尚未登簿，请督办。",
            "The application is past its due time ({due}) and not yet registered; please follow up."),
        [Vocabulary.Messages.ApplicantUpdate] = LocalizedText.Of("您的不动产登记申请（受理编号 {receipt}）有新进展。",
            "There is news about your real-estate registration application (receipt {receipt})."),
        [Vocabulary.Messages.CertificateReady] = LocalizedText.Of("您的不动产登记（受理编号 {receipt}）证书已制好，请携带身份证件到窗口领取。",
            "The certificate for your registration (receipt {receipt}) is ready; please collect it at the counter with your identity document."),
        [Vocabulary.Messages.SupplementExpired] = LocalizedText.Of("补正材料未在期限内提交，申请（受理编号 {receipt}）视为撤回。",
            "The requested materials were not supplied in time; the application (receipt {receipt}) counts as withdrawn."),
        [Vocabulary.Messages.OwedMaterialReminder] = LocalizedText.Of(
            "您的不动产登记申请（受理编号 {receipt}）为容缺受理，承诺于 {promised} 前补交：{materials}。材料补齐后方可登簿。",
            "Your registration (receipt {receipt}) was accepted with materials owed; you promised to supply them by {promised}: {materials}. It is registered once they are supplied."),
        [Vocabulary.Messages.OwedMaterialOverdue] = LocalizedText.Of(
            "容缺受理的申请（受理编号 {receipt}）承诺于 {promised} 补交的材料仍未收到：{materials}。请督办。",
            "The application (receipt {receipt}) accepted with materials owed has not received them by the promised {promised}: {materials}. Please follow up."),
    };

    public static LocalizedText For(string key) => Texts[key];

    /// <summary>The message's wording in <paramref name="definition"/>, or the default; placeholders not yet filled.</summary>
    public static LocalizedText Wording(WorkflowDefinition definition, string key) =>
        definition.Messages.TryGetValue(key, out var own) && own.IsComplete ? new LocalizedText(own.ZhCn!, own.EnUs!) : For(key);

    /// <summary>Fills <c>{name}</c> placeholders in both languages.</summary>
    public static LocalizedText Fill(LocalizedText template, params (string Name, string Value)[] values)
    {
        string Apply(string text)
        {
            foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
            return text;
        }
        return new LocalizedText(Apply(template.ZhCn), Apply(template.EnUs));
    }
}
