using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Features.Manager.Outbox;

internal static class OutboxTexts
{
    public static readonly LocalizedText Title = LocalizedText.Of("通知发件箱", "Notification outbox");
    public static readonly LocalizedText Intro = LocalizedText.Of(
        "系统要发出的通知（短信网关尚未接入：这里就是将要发送的内容）。", "What the service would send (no SMS gateway is connected: this is the outbox).");
    public static readonly LocalizedText Created = LocalizedText.Of("时间", "Created");
    public static readonly LocalizedText To = LocalizedText.Of("发给", "To");
    public static readonly LocalizedText Text = LocalizedText.Of("内容", "Text");
    public static readonly LocalizedText Sent = LocalizedText.Of("已发送", "Sent");
}
