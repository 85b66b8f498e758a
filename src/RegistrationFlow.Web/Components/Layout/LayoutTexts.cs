using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Components.Layout;

internal static class LayoutTexts
{
    public static readonly LocalizedText Brand = LocalizedText.Of("不动产登记", "Property registration");
    public static readonly LocalizedText NotPermitted = LocalizedText.Of(
        "您的角色不能使用此页面。", "Your roles do not give you this page.");
    public static readonly LocalizedText SignOut = LocalizedText.Of("退出", "Sign out");
    public static readonly LocalizedText Shortcuts = LocalizedText.Of("快捷键", "Shortcuts");
}
