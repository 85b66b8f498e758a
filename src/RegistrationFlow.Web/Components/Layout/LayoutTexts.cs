using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Components.Layout;

internal static class LayoutTexts
{
    public static readonly LocalizedText Brand = ZhEn("不动产登记", "Property registration");
    public static readonly LocalizedText NotPermitted = ZhEn(
        "您的角色不能使用此页面。", "Your roles do not give you this page.");
    public static readonly LocalizedText SignOut = ZhEn("退出", "Sign out");
    public static readonly LocalizedText Shortcuts = ZhEn("快捷键", "Shortcuts");
}
