using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Components.Layout;

internal static class LayoutTexts
{
    public static readonly LocalizedText Brand = ZhEn("不动产登记", "Property registration");
    public static readonly LocalizedText NotPermittedTitle = ZhEn("无权打开此页面", "You may not open this page");
    public static readonly LocalizedText NotPermitted = ZhEn(
        "您的角色不能使用此页面。", "Your roles do not give you this page.");
    public static readonly LocalizedText BackHome = ZhEn("回到首页", "Back to your start page");

    public static LocalizedText OpenedBy(IEnumerable<LocalizedText> roles)
    {
        var list = roles.ToList();
        return ZhEn($"此页面供以下岗位使用：{string.Join("、", list.Select(r => r.ZhCn))}。如需使用，请联系系统管理员分配岗位。",
            $"This page is for: {string.Join(", ", list.Select(r => r.EnUs))}. Ask an administrator if you need that role.");
    }

    public static readonly LocalizedText ReconnectShow = ZhEn("与服务器的连接中断，正在重新连接…已填写的内容不会丢失。",
        "The connection to the server was lost; reconnecting… What you have typed is kept.");
    public static readonly LocalizedText ReconnectFailed = ZhEn("暂时连不上服务器。请检查网络后重试。",
        "The server cannot be reached right now. Check the network and try again.");
    public static readonly LocalizedText ReconnectRejected = ZhEn("服务器已重新启动，正在重新打开本页面…",
        "The server has restarted; opening this page again…");
    public static readonly LocalizedText ReconnectRetry = ZhEn("重试", "Try again");
    public static readonly LocalizedText SignOut = ZhEn("退出", "Sign out");
    public static readonly LocalizedText ChangePassword = ZhEn("修改密码", "Change password");
    public static readonly LocalizedText Shortcuts = ZhEn("快捷键", "Shortcuts");
}
