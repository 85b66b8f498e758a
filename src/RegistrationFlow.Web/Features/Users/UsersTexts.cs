using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Users;

internal static class UsersTexts
{
    public static readonly LocalizedText Title = ZhEn("用户与岗位", "Users and roles");
    public static readonly LocalizedText Intro = ZhEn(
        "新建账号、调整岗位、锁定或解锁、重设密码；每次变更都记入审计日志，并使该用户已登录的会话失效。",
        "Create accounts, change roles, lock or unlock, set a new password; every change is audited and ends the user's sessions.");
    public static readonly LocalizedText NewAccount = ZhEn("新建账号", "New account");
    public static readonly LocalizedText UserName = ZhEn("用户名", "User name");
    public static readonly LocalizedText DisplayName = ZhEn("姓名", "Name");
    public static readonly LocalizedText Roles = ZhEn("岗位", "Roles");
    public static readonly LocalizedText Password = ZhEn("初始密码", "Initial password");
    public static readonly LocalizedText NewPassword = ZhEn("新密码", "New password");
    public static readonly LocalizedText Create = ZhEn("新建", "Create");
    public static readonly LocalizedText Status = ZhEn("状态", "Status");
    public static readonly LocalizedText LastSignIn = ZhEn("上次登录", "Last sign-in");
    public static readonly LocalizedText Locked = ZhEn("已锁定", "locked");
    public static readonly LocalizedText Active = ZhEn("正常", "active");
    public static readonly LocalizedText Never = ZhEn("从未", "never");
    public static readonly LocalizedText Lock = ZhEn("锁定", "Lock");
    public static readonly LocalizedText Unlock = ZhEn("解锁", "Unlock");
    public static readonly LocalizedText SaveRoles = ZhEn("保存岗位", "Save roles");
    public static readonly LocalizedText SetPassword = ZhEn("设置新密码", "Set password");
    public static readonly LocalizedText Done = ZhEn("已保存。", "Saved.");
}
