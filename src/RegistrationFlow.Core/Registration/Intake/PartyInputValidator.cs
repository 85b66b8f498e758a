using System.Buffers;
using FluentValidation;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Registration.Identifiers;
using static RegistrationFlow.Core.Registration.Intake.IntakeVocabulary;

namespace RegistrationFlow.Core.Registration.Intake;

/// <summary>
/// One party of an intake command: role allowed for the workflow, name, identity document type and number, share.
/// Rules across parties (roles present, shares summing to 1) belong to <see cref="IntakeValidator"/>.
/// </summary>
public sealed class PartyInputValidator : AbstractValidator<PartyInput>
{
    private static readonly SearchValues<char> PassportCharacters =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <param name="allowedRoles">The party roles the workflow accepts.</param>
    /// <param name="today">When given, a resident ID with a birth date after it is refused.</param>
    public PartyInputValidator(IReadOnlyCollection<string> allowedRoles, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(allowedRoles);
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Role).Json("role")
            .NotEmpty().WithText(IntakeErrorCodes.RoleRequired, LocalizedText.Of("请填写当事人角色", "The party's role is required"))
            .Must(role => allowedRoles.Contains(role!)).WithText(IntakeErrorCodes.RoleNotAllowed, (_, role) => LocalizedText.Of(
                $"本业务不接受角色“{role}”，应为 {string.Join("、", allowedRoles.Select(r => PartyRoleName(r).ZhCn))} 之一",
                $"Role '{role}' is not part of this registration; it must be one of {string.Join(", ", allowedRoles)}"));

        RuleFor(x => x.Name).Json("name")
            .NotEmpty().WithText(IntakeErrorCodes.NameRequired, LocalizedText.Of("请填写当事人姓名或名称", "The party's name is required"))
            .MaximumLength(MaxNameLength).WithText(IntakeErrorCodes.NameTooLong, (_, name) => LocalizedText.Of(
                $"姓名或名称最多{MaxNameLength}个字符，现有{name!.Length}个",
                $"The name may have at most {MaxNameLength} characters, this one has {name!.Length}"))
            .Must(name => PrintableText.FirstUnprintable(name!) is null).WithText(IntakeErrorCodes.NameUnprintable, (_, name) => LocalizedText.Of(
                $"姓名或名称含不可打印的字符 {PrintableText.Describe(PrintableText.FirstUnprintable(name!)!.Value)}（控制字符、零宽字符或方向控制符）",
                $"The name contains the unprintable character {PrintableText.Describe(PrintableText.FirstUnprintable(name!)!.Value)} (a control, zero-width or direction character)"));

        RuleFor(x => x.IdType).Json("idType")
            .NotEmpty().WithText(IntakeErrorCodes.IdTypeRequired, LocalizedText.Of("请选择证件类型", "The identity document type is required"))
            .Must(type => IdTypes.Contains(type!)).WithText(IntakeErrorCodes.IdTypeUnknown, (_, type) => LocalizedText.Of(
                $"证件类型“{type}”无效，应为 {string.Join("、", IdTypes)} 之一",
                $"Identity document type '{type}' is not one of {string.Join(", ", IdTypes)}"));

        RuleFor(x => x.IdNumber).Json("idNumber")
            .NotEmpty().WithText(IntakeErrorCodes.IdNumberRequired, LocalizedText.Of("请填写证件号码", "The identity document number is required"))
            .Custom((number, context) => CheckIdNumber(context, context.InstanceToValidate.IdType, number!, today));

        RuleFor(x => x.Share).Json("share")
            .Must(share => share is > 0m and <= 1m).When(x => x.Share is not null)
            .WithText(IntakeErrorCodes.ShareOutOfRange, (_, share) => LocalizedText.Of(
                $"份额必须大于0且不超过1，填写的是{IntakeFailures.Number(share)}",
                $"The share must be more than 0 and at most 1, not {IntakeFailures.Number(share)}"));
    }

    /// <summary>Whether the number reads well for its document type (what <see cref="CheckIdNumber"/> would accept).</summary>
    internal static bool ReadsWell(string? idType, string number, DateOnly? today) => idType switch
    {
        IdTypeIds.ResidentId => ResidentId.TryParse(number, today, out _, out _),
        IdTypeIds.Uscc => UnifiedSocialCreditCode.TryParse(number, out _, out _),
        IdTypeIds.Passport => number.Trim() is { Length: >= 5 and <= 20 } passport && !passport.AsSpan().ContainsAnyExcept(PassportCharacters),
        IdTypeIds.Other => !string.IsNullOrWhiteSpace(number),
        _ => false,
    };

    /// <summary>The number read as the document type says (check characters, dates, length); failures at the context's path.</summary>
    internal static void CheckIdNumber<T>(ValidationContext<T> context, string? idType, string number, DateOnly? today)
    {
        IdentifierError? error = null;
        switch (idType)
        {
            case IdTypeIds.ResidentId:
                ResidentId.TryParse(number, today, out _, out error);
                break;
            case IdTypeIds.Uscc:
                UnifiedSocialCreditCode.TryParse(number, out _, out error);
                break;
            case IdTypeIds.Passport:
                var passport = number.Trim();
                if (passport.Length is < 5 or > 20 || passport.AsSpan().ContainsAnyExcept(PassportCharacters))
                    IntakeFailures.Add(context, context.PropertyPath, IntakeErrorCodes.PassportInvalid, LocalizedText.Of(
                        "护照号码应为5–20位字母或数字", "A passport number has 5 to 20 letters or digits"), number);
                break;
            // "other" only needs to be present; an unknown or missing type is reported on idType and not checked here.
        }
        if (error is not null) IntakeFailures.Add(context, context.PropertyPath, error, number);
    }
}
