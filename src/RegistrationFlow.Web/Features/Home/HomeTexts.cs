using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Features.Home;

internal static class HomeTexts
{
    public static readonly LocalizedText Welcome = LocalizedText.Of("欢迎", "Welcome");
    public static readonly LocalizedText NoScreens = LocalizedText.Of(
        "您的角色没有业务页面。管理员可使用后台任务页面和接口页面。",
        "Your roles have no case screens. Administrators can use the job dashboard and the API page.");
}
