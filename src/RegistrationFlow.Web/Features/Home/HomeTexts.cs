using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Features.Home;

internal static class HomeTexts
{
    public static readonly LocalizedText Welcome = LocalizedText.Of("欢迎", "Welcome");
    public static readonly LocalizedText NoScreens = LocalizedText.Of(
        "您的角色没有业务页面，请联系系统管理员分配角色。", "Your roles give you no screens; ask an administrator for a role.");
    public static readonly LocalizedText YourScreens = LocalizedText.Of("您可以使用的页面：", "Your screens:");
    public static readonly LocalizedText Api = LocalizedText.Of("接口文档（OpenAPI）", "API reference (OpenAPI)");
}
