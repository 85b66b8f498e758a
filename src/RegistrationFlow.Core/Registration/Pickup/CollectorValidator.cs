using FluentValidation;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Registration.Intake;

namespace RegistrationFlow.Core.Registration.Pickup;

/// <summary>
/// The collector of a certificate: capacity known, name given, identity document type and number valid as at intake;
/// collecting as an applicant in person, the number must be one of the application's parties'.
/// </summary>
public sealed class CollectorValidator : AbstractValidator<CollectorInput>
{
    /// <param name="applicants">The application's parties: (document type, number) each.</param>
    /// <param name="today">Office-local date: a resident ID with a later birth date is refused.</param>
    public CollectorValidator(IReadOnlyCollection<(string IdType, string IdNumber)> applicants, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(applicants);
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Capacity).Json("capacity")
            .NotEmpty().WithText(CollectorErrorCodes.CapacityUnknown, LocalizedText.Of("请选择领取身份：申请人本人或委托代理人", "Say who collects: an applicant in person or an agent"))
            .Must(c => CollectorCapacities.All.Contains(c!)).WithText(CollectorErrorCodes.CapacityUnknown, (_, c) => LocalizedText.Of(
                $"领取身份“{c}”无效，应为 applicant（申请人本人）或 agent（委托代理人）",
                $"Capacity '{c}' is not one of applicant (in person) or agent (with a power of attorney)"));

        RuleFor(x => x.Name).Json("name")
            .NotEmpty().WithText(CollectorErrorCodes.NameRequired, LocalizedText.Of("请填写领取人姓名", "The collector's name is required"))
            .MaximumLength(IntakeVocabulary.MaxNameLength).WithText(IntakeErrorCodes.NameTooLong, (_, name) => LocalizedText.Of(
                $"姓名最多{IntakeVocabulary.MaxNameLength}个字符", $"The name may have at most {IntakeVocabulary.MaxNameLength} characters"));

        RuleFor(x => x.IdType).Json("idType")
            .NotEmpty().WithText(IntakeErrorCodes.IdTypeRequired, LocalizedText.Of("请选择领取人证件类型", "The collector's identity document type is required"))
            .Must(type => IntakeVocabulary.IdTypes.Contains(type!)).WithText(IntakeErrorCodes.IdTypeUnknown, (_, type) => LocalizedText.Of(
                $"证件类型“{type}”无效，应为 {string.Join("、", IntakeVocabulary.IdTypes)} 之一",
                $"Identity document type '{type}' is not one of {string.Join(", ", IntakeVocabulary.IdTypes)}"));

        RuleFor(x => x.IdNumber).Json("idNumber")
            .NotEmpty().WithText(IntakeErrorCodes.IdNumberRequired, LocalizedText.Of("请填写领取人证件号码", "The collector's identity document number is required"))
            .Custom((number, context) => PartyInputValidator.CheckIdNumber(context, context.InstanceToValidate.IdType, number!, today));

        // Only once the number itself reads well: one error per field.
        RuleFor(x => x.IdNumber).Json("idNumber")
            .Must(number => applicants.Any(a => string.Equals(a.IdNumber.Trim(), number!.Trim(), StringComparison.OrdinalIgnoreCase)))
            .When(x => x.Capacity == CollectorCapacities.Applicant && !string.IsNullOrWhiteSpace(x.IdNumber)
                       && PartyInputValidator.ReadsWell(x.IdType, x.IdNumber, today))
            .WithText(CollectorErrorCodes.NotAnApplicant, LocalizedText.Of(
                "此证件号码不是本申请的申请人：申请人本人领取须出示申请时的证件；他人领取请选“委托代理人”并收取授权委托书",
                "This number is not one of the applicants': an applicant collects with the document given at intake; anyone else collects as an agent with a power of attorney"));
    }
}
