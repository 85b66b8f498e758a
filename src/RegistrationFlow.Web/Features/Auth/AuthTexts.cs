using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Features.Auth;

internal static class AuthTexts
{
    public static readonly LocalizedText WrongCredentials = LocalizedText.Of("用户名或密码错误", "Wrong user name or password");
    public static readonly LocalizedText WrongCredentialsDetail = LocalizedText.Of(
        "请检查用户名和密码。连续 5 次输错将锁定账户 5 分钟。",
        "Check the user name and password. Five wrong attempts in a row lock the account for 5 minutes.");
    public static readonly LocalizedText LockedOut = LocalizedText.Of("账户已锁定", "Account locked");
    public static LocalizedText LockedOutDetail(DateTimeOffset until) => LocalizedText.Of(
        $"登录失败次数过多，账户锁定至 {until:yyyy-MM-dd HH:mm:ss zzz}。",
        $"Too many failed sign-ins; the account is locked until {until:yyyy-MM-dd HH:mm:ss zzz}.");
    public static readonly LocalizedText UserNameRequired = LocalizedText.Of("请填写用户名。", "The user name is required.");
    public static readonly LocalizedText PasswordRequired = LocalizedText.Of("请填写密码。", "The password is required.");
}
