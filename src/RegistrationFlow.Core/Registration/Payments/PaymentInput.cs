using FluentValidation;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Registration.Intake;

namespace RegistrationFlow.Core.Registration.Payments;

/// <summary>缴费: one payment taken at the counter, in yuan, by method, with the card or online transaction reference.</summary>
public sealed record PaymentInput
{
    public decimal? Amount { get; init; }
    public string? Method { get; init; }
    public string? Reference { get; init; }
}

public static class PaymentMethods
{
    public const string Cash = "cash";
    public const string Card = "card";
    public const string Online = "online";
    public static readonly IReadOnlyList<string> All = [Cash, Card, Online];

    public static LocalizedText Name(string method) => method switch
    {
        Cash => LocalizedText.Of("现金", "Cash"),
        Card => LocalizedText.Of("银行卡", "Card"),
        Online => LocalizedText.Of("线上支付", "Online"),
        _ => LocalizedText.Of(method, method),
    };
}

public static class PaymentErrorCodes
{
    public const string AmountRequired = "payment-amount-required";
    public const string AmountNotPositive = "payment-amount-not-positive";
    public const string AmountTooPrecise = "payment-amount-too-precise";
    public const string AmountOverOutstanding = "payment-amount-over-outstanding";
    public const string MethodUnknown = "payment-method-unknown";
    public const string ReferenceRequired = "payment-reference-required";
    public const string ReferenceTooLong = "payment-reference-too-long";
    public const string VoidReasonRequired = "void-reason-required";
    public const string NothingDue = "nothing-due";
    public const string FeeUnpaid = "fee-unpaid";
}

/// <summary>
/// A payment as the counter may take it: a positive amount in yuan and fen, no more than is still owed (the counter
/// gives change, the ledger never holds an overpayment), a known method, and for card and online payments the
/// transaction reference that ties it to the bank's statement.
/// </summary>
public sealed class PaymentValidator : AbstractValidator<PaymentInput>
{
    public const int MaxReferenceLength = 64;

    /// <param name="outstanding">What is still owed on the application, in yuan.</param>
    public PaymentValidator(decimal outstanding)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Amount).Json("amount")
            .NotNull().WithText(PaymentErrorCodes.AmountRequired, LocalizedText.Of("请填写收款金额", "The amount is required"))
            .GreaterThan(0m).WithText(PaymentErrorCodes.AmountNotPositive, (_, a) => LocalizedText.Of($"收款金额必须大于0，填写的是{a}", $"The amount must be more than 0, not {a}"))
            .Must(a => Amounts.HasAtMostTwoDecimals(a!.Value)).WithText(PaymentErrorCodes.AmountTooPrecise, (_, a) => LocalizedText.Of(
                $"金额最多保留两位小数（分），填写的是{a}", $"The amount has at most two decimals (fen), not {a}"))
            .LessThanOrEqualTo(outstanding).WithText(PaymentErrorCodes.AmountOverOutstanding, (_, a) => LocalizedText.Of(
                $"收款金额 {a} 元超过尚欠的 {outstanding} 元", $"The amount {a} yuan is more than the {outstanding} yuan still owed"));
        RuleFor(x => x.Method).Json("method")
            .Must(m => m is not null && PaymentMethods.All.Contains(m)).WithText(PaymentErrorCodes.MethodUnknown, (_, m) => LocalizedText.Of(
                $"收款方式“{m}”无效，应为 cash（现金）、card（银行卡）或 online（线上支付）", $"Payment method '{m}' is not one of cash, card or online"));
        RuleFor(x => x.Reference).Json("reference")
            .NotEmpty().When(x => x.Method is PaymentMethods.Card or PaymentMethods.Online)
            .WithText(PaymentErrorCodes.ReferenceRequired, LocalizedText.Of("银行卡和线上支付须填写交易流水号", "Card and online payments need the transaction reference"))
            .MaximumLength(MaxReferenceLength).WithText(PaymentErrorCodes.ReferenceTooLong, LocalizedText.Of(
                $"交易流水号最多{MaxReferenceLength}个字符", $"The reference has at most {MaxReferenceLength} characters"));
    }
}
