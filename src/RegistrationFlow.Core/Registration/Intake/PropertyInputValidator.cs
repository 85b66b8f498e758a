using FluentValidation;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Registration.Identifiers;
using static RegistrationFlow.Core.Registration.Intake.IntakeVocabulary;

namespace RegistrationFlow.Core.Registration.Intake;

/// <summary>The property of an intake command: unit number, address, area and use.</summary>
public sealed class PropertyInputValidator : AbstractValidator<PropertyInput>
{
    public PropertyInputValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.UnitNumber).Json("unitNumber")
            .Custom((value, context) =>
            {
                if (!RealEstateUnitNumber.TryParse(value, out _, out var error))
                    IntakeFailures.Add(context, context.PropertyPath, error, value);
            });

        RuleFor(x => x.Address).Json("address")
            .NotEmpty().WithText(IntakeErrorCodes.AddressRequired, LocalizedText.Of("请填写坐落（地址）", "The address is required"))
            .MaximumLength(MaxAddressLength).WithText(IntakeErrorCodes.AddressTooLong, (_, address) => LocalizedText.Of(
                $"坐落最多{MaxAddressLength}个字符，现有{address!.Length}个",
                $"The address may have at most {MaxAddressLength} characters, this one has {address!.Length}"))
            .Must(address => PrintableText.FirstUnprintable(address!) is null).WithText(IntakeErrorCodes.AddressUnprintable, (_, address) => LocalizedText.Of(
                $"坐落含不可打印的字符 {PrintableText.Describe(PrintableText.FirstUnprintable(address!)!.Value)}（控制字符、零宽字符或方向控制符）",
                $"The address contains the unprintable character {PrintableText.Describe(PrintableText.FirstUnprintable(address!)!.Value)} (a control, zero-width or direction character)"));

        RuleFor(x => x.Area).Json("area")
            .NotNull().WithText(IntakeErrorCodes.AreaRequired, LocalizedText.Of("请填写面积", "The area is required"))
            .Must(area => area > 0 && area <= MaxArea).WithText(IntakeErrorCodes.AreaOutOfRange, (_, area) => LocalizedText.Of(
                $"面积必须大于0且不超过{IntakeFailures.Number(MaxArea)}平方米，填写的是{IntakeFailures.Number(area)}",
                $"The area must be more than 0 and at most {IntakeFailures.Number(MaxArea)} m², not {IntakeFailures.Number(area)}"))
            .Must(area => Amounts.HasAtMostTwoDecimals(area!.Value)).WithText(IntakeErrorCodes.AreaTooPrecise, (_, area) => LocalizedText.Of(
                $"面积最多保留两位小数，填写的是{IntakeFailures.Number(area)}", $"The area has at most two decimals, not {IntakeFailures.Number(area)}"));

        RuleFor(x => x.Use).Json("use")
            .NotEmpty().WithText(IntakeErrorCodes.UseRequired, LocalizedText.Of("请填写用途", "The use is required"))
            .Must(use => PropertyUses.Contains(use!)).WithText(IntakeErrorCodes.UseUnknown, (_, use) => LocalizedText.Of(
                $"用途“{use}”无效，应为 {string.Join("、", PropertyUses)} 之一",
                $"Use '{use}' is not one of {string.Join(", ", PropertyUses)}"));
    }
}
