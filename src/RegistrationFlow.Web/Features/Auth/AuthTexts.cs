using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Auth;

internal static class AuthTexts
{
    public static readonly LocalizedText WrongCredentials = ZhEn("用户名或密码错误", "Wrong user name or password");
    public static readonly LocalizedText WrongCredentialsDetail = ZhEn(
        "请检查用户名和密码。连续 5 次输错将锁定账户 5 分钟。",
        "Check the user name and password. Five wrong attempts in a row lock the account for 5 minutes.");
    public static readonly LocalizedText LockedOut = ZhEn("账户已锁定", "Account locked");
    public static LocalizedText LockedOutDetail(DateTimeOffset until) => ZhEn(
        $"登录失败次数过多，账户锁定至 {until:yyyy-MM-dd HH:mm:ss zzz}。",
        $"Too many failed sign-ins; the account is locked until {until:yyyy-MM-dd HH:mm:ss zzz}.");
    public static readonly LocalizedText UserNameRequired = ZhEn("请填写用户名。", "The user name is required.");
    public static readonly LocalizedText PasswordRequired = ZhEn("请填写密码。", "The password is required.");
}
