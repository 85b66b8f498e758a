using System.Globalization;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Registration.Fees;

/// <summary>Why the registration fee is reduced (发改价格规〔2016〕2559号).</summary>
public enum FeeBasis
{
    /// <summary>Full fee.</summary>
    Standard,
    /// <summary>减半: a change of the holder's name or identity document only (名称、身份证明变更).</summary>
    NameOrIdentityChange,
}

/// <summary>What the fee for one case depends on, besides the workflow.</summary>
/// <param name="Certificates">Certificates or proofs issued in this case (one per right holder who asks for one).</param>
/// <param name="SmallOrMicroBusiness">The applicant is a small or micro business (小微企业, including 个体工商户): registration fee exempt.</param>
/// <param name="Basis">A name/ID change pays half; 更正 and 异议 pay half by their registration type.</param>
public sealed record FeeRequest(int Certificates = 1, bool SmallOrMicroBusiness = false, FeeBasis Basis = FeeBasis.Standard);

public sealed record FeeLine(string Code, LocalizedText Description, decimal Amount);

/// <summary>The amount due in yuan and the lines that explain it; <see cref="Total"/> is the sum of the lines.</summary>
public sealed record FeeQuote(decimal Total, IReadOnlyList<FeeLine> Lines);

/// <summary>
/// Registration fee per case (never by area or price): the workflow's per-case fee, which includes the first
/// certificate, plus <see cref="FeeSpec.ExtraCertificate"/> for each further certificate. 更正/异议 and name/ID changes
/// pay half the per-case fee; small and micro businesses pay no per-case fee. Types without a fee (查封、注销、预告)
/// have a zero <see cref="FeeSpec"/>.
/// </summary>
public static class FeeCalculator
{
    public const string RegistrationFeeLine = "registration-fee";
    public const string HalfFeeLine = "half-fee";
    public const string ExemptionLine = "small-micro-business-exemption";
    public const string ExtraCertificatesLine = "extra-certificates";

    public static FeeQuote Calculate(WorkflowDefinition workflow, FeeRequest request)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return Calculate(workflow.Fee, workflow.Registration, request);
    }

    public static FeeQuote Calculate(FeeSpec fee, RegistrationSpec registration, FeeRequest request)
    {
        ArgumentNullException.ThrowIfNull(fee);
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Certificates < 0)
            throw new ArgumentOutOfRangeException(nameof(request), request.Certificates, "The number of certificates cannot be negative.");
        if (fee.PerCase < 0 || fee.ExtraCertificate < 0)
            throw new ArgumentException("Fees cannot be negative.", nameof(fee));

        var lines = new List<FeeLine>();
        if (fee.PerCase > 0)
        {
            lines.Add(new FeeLine(RegistrationFeeLine, LocalizedText.Of(
                $"不动产登记费（每件，含第一本证书工本费）{Yuan(fee.PerCase)}",
                $"Registration fee per case, first certificate included: {Cny(fee.PerCase)}"), fee.PerCase));

            var remaining = fee.PerCase;
            if (request.SmallOrMicroBusiness)
            {
                lines.Add(new FeeLine(ExemptionLine, LocalizedText.Of(
                    "小微企业免收不动产登记费", "Small and micro businesses are exempt from the registration fee"), -remaining));
                remaining = 0;
            }
            else if (HalfFeeReason(registration.Type, request.Basis) is { } reason)
            {
                var half = decimal.Round(fee.PerCase / 2, 2, MidpointRounding.AwayFromZero);
                lines.Add(new FeeLine(HalfFeeLine, reason, -half));
            }
        }

        var extra = registration.Certificate == CertificateKind.None ? 0 : Math.Max(0, request.Certificates - 1);
        if (extra > 0 && fee.ExtraCertificate > 0)
        {
            var amount = extra * fee.ExtraCertificate;
            lines.Add(new FeeLine(ExtraCertificatesLine, LocalizedText.Of(
                $"每增加一本证书加收工本费{Yuan(fee.ExtraCertificate)} × {extra}",
                $"Each extra certificate {Cny(fee.ExtraCertificate)} × {extra}"), amount));
        }

        return new FeeQuote(lines.Sum(l => l.Amount), lines);
    }

    private static LocalizedText? HalfFeeReason(RegistrationType type, FeeBasis basis) => (type, basis) switch
    {
        (RegistrationType.Correction, _) => LocalizedText.Of("更正登记减半收取", "Correction registration pays half"),
        (RegistrationType.Objection, _) => LocalizedText.Of("异议登记减半收取", "Objection registration pays half"),
        (_, FeeBasis.NameOrIdentityChange) => LocalizedText.Of(
            "权利人姓名、名称或身份证明变更减半收取", "A change of the holder's name or identity document pays half"),
        _ => null,
    };

    private static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture) + "元";
    private static string Cny(decimal amount) => "CNY " + amount.ToString("0.##", CultureInfo.InvariantCulture);
}
