using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Users;

internal static class UsersTexts
{
    public static readonly LocalizedText Title = ZhEn("用户与岗位", "Users and roles");
    public static readonly LocalizedText Intro = ZhEn(
        "新建账号、调整岗位、锁定或解锁、重设密码、强制修改密码；每次变更都记入审计日志，并使该用户已登录的会话失效。管理员设定的密码（新账号的初始密码、重设的密码），用户下次登录时须先改为自己的密码。",
        "Create accounts, change roles, lock or unlock, set a new password, force a password change; every change is audited and ends the user's sessions. A password an administrator chose (a new account's, a reset one) must be replaced by its owner at the next sign-in.");
    public static readonly LocalizedText NewAccount = ZhEn("新建账号", "New account");
    public static readonly LocalizedText UserName = ZhEn("用户名", "User name");
    public static readonly LocalizedText DisplayName = ZhEn("姓名", "Name");
    public static readonly LocalizedText Roles = ZhEn("岗位", "Roles");
    public static readonly LocalizedText InitialPassword = ZhEn("初始密码", "Initial password");
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
    public static readonly LocalizedText Password = ZhEn("密码", "Password");
    public static readonly LocalizedText MustChange = ZhEn("须修改密码", "must change password");
    public static readonly LocalizedText PasswordOwn = ZhEn("本人设定", "chosen by the user");
    public static readonly LocalizedText ForceChange = ZhEn("强制修改密码", "Force password change");
    public static LocalizedText ConfirmForce(string userName) => ZhEn(
        $"要求 {userName} 下次登录时先修改密码？其已登录的会话将立即失效。",
        $"Make {userName} change their password at the next sign-in? Their open sessions end now.");
    public static readonly LocalizedText Confirm = ZhEn("确认", "Confirm");
    public static readonly LocalizedText Cancel = ZhEn("取消", "Cancel");
}
