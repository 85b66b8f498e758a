using Microsoft.AspNetCore.Identity;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;

namespace RegistrationFlow.Infrastructure.Identity;

/// <summary>
/// Identity's password rules (<see cref="PasswordOptions"/>, at least 8 characters) and at most 128 characters, one
/// field error per rule broken, so a screen or a client can say exactly what is missing. The same for a password an
/// administrator chooses and for the one a person chooses for themselves.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    public static int RequiredLength(PasswordOptions rules) => Math.Max(rules.RequiredLength, MinLength);

    public static IReadOnlyList<FieldError> Check(string? password, string field, PasswordOptions rules)
    {
        var length = RequiredLength(rules);
        if (string.IsNullOrEmpty(password))
            return [new FieldError(field, "required", LocalizedText.Of("请填写密码。", "The password is required."))];
        var errors = new List<FieldError>();
        if (password.Length < length)
            errors.Add(new FieldError(field, "too-short", LocalizedText.Of($"密码至少 {length} 个字符。", $"A password has at least {length} characters.")));
        if (password.Length > MaxLength)
            errors.Add(new FieldError(field, "too-long", LocalizedText.Of($"密码最多 {MaxLength} 个字符。", $"A password has at most {MaxLength} characters.")));
        if (rules.RequireUppercase && !password.Any(char.IsAsciiLetterUpper))
            errors.Add(new FieldError(field, "needs-upper", LocalizedText.Of("密码须含至少一个大写字母。", "A password needs at least one upper-case letter.")));
        if (rules.RequireLowercase && !password.Any(char.IsAsciiLetterLower))
            errors.Add(new FieldError(field, "needs-lower", LocalizedText.Of("密码须含至少一个小写字母。", "A password needs at least one lower-case letter.")));
        if (rules.RequireDigit && !password.Any(char.IsAsciiDigit))
            errors.Add(new FieldError(field, "needs-digit", LocalizedText.Of("密码须含至少一个数字。", "A password needs at least one digit.")));
        if (rules.RequireNonAlphanumeric && password.All(char.IsAsciiLetterOrDigit))
            errors.Add(new FieldError(field, "needs-symbol", LocalizedText.Of(
                "密码须含至少一个字母和数字以外的符号。", "A password needs at least one character that is not a letter or a digit.")));
        if (rules.RequiredUniqueChars > 1 && password.Distinct().Count() < rules.RequiredUniqueChars)
            errors.Add(new FieldError(field, "needs-unique-characters", LocalizedText.Of(
                $"密码须含至少 {rules.RequiredUniqueChars} 个不同的字符。", $"A password needs at least {rules.RequiredUniqueChars} different characters.")));
        return errors;
    }
}
