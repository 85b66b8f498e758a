using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Auth;

internal static class PasswordPageTexts
{
    public static readonly LocalizedText Title = ZhEn("修改密码", "Change password");
    public static readonly LocalizedText Required = ZhEn(
        "管理员要求您设置新密码：修改密码后才能继续使用系统。", "An administrator requires a new password: change it before you continue.");
    public static readonly LocalizedText CurrentPassword = ZhEn("当前密码", "Current password");
    public static readonly LocalizedText NewPassword = ZhEn("新密码", "New password");
    public static readonly LocalizedText ConfirmPassword = ZhEn("再次输入新密码", "New password again");
    public static LocalizedText Rules(int length) => ZhEn(
        $"新密码至少 {length} 个字符，须含大写字母、小写字母、数字和其他符号各至少一个，且不能与当前密码相同。",
        $"The new password has at least {length} characters, with an upper-case letter, a lower-case letter, a digit and another character, and differs from the current one.");
    public static readonly LocalizedText Mismatch = ZhEn("两次输入的新密码不一致。", "The two new passwords differ.");
    public static readonly LocalizedText Submit = ZhEn("修改密码", "Change password");
    public static readonly LocalizedText SignOut = ZhEn("退出", "Sign out");
}
