using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Home;

internal static class HomeTexts
{
    public static readonly LocalizedText Welcome = ZhEn("欢迎", "Welcome");
    public static readonly LocalizedText NoScreens = ZhEn(
        "您的角色没有业务页面，请联系系统管理员分配角色。", "Your roles give you no screens; ask an administrator for a role.");
    public static readonly LocalizedText YourScreens = ZhEn("您可以使用的页面：", "Your screens:");
    public static readonly LocalizedText Api = ZhEn("接口文档（OpenAPI）", "API reference (OpenAPI)");
}
