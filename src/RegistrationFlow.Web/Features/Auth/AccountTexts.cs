using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Auth;

internal static class AccountTexts
{
    public static readonly LocalizedText Product = ZhEn("不动产登记业务系统", "Property registration");
    public static readonly LocalizedText SignInTitle = ZhEn("登录", "Sign in");
    public static readonly LocalizedText UserName = ZhEn("用户名", "User name");
    public static readonly LocalizedText Password = ZhEn("密码", "Password");
    public static readonly LocalizedText SignInButton = ZhEn("登录", "Sign in");
    public static readonly LocalizedText SignOut = ZhEn("退出", "Sign out");
    public static readonly LocalizedText DemoUsers = ZhEn("演示用户（仅开发环境），密码均为", "Demo users (Development only); the password of all is");
    public static readonly LocalizedText DemoUser = ZhEn("用户", "User");
    public static readonly LocalizedText DemoRoles = ZhEn("角色", "Roles");
    public static readonly LocalizedText WrongCredentials = ZhEn(
        "用户名或密码错误。连续 5 次输错将锁定账户 5 分钟。",
        "Wrong user name or password. Five wrong attempts in a row lock the account for 5 minutes.");
    public static LocalizedText LockedOut(string until) => ZhEn(
        $"登录失败次数过多，账户锁定至 {until}。", $"Too many failed sign-ins; the account is locked until {until}.");
    public static readonly LocalizedText UserNameRequired = ZhEn("请填写用户名。", "The user name is required.");
    public static readonly LocalizedText PasswordRequired = ZhEn("请填写密码。", "The password is required.");
}
