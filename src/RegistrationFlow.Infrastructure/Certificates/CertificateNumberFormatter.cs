using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Registration.Identifiers;
using RegistrationFlow.Infrastructure.Office;

namespace RegistrationFlow.Infrastructure.Certificates;

/// <summary>Turns an allocated (year, kind, sequence) into the printed certificate number.</summary>
public interface ICertificateNumberFormatter
{
    string Format(int year, CertificateKind kind, long sequence);
}

/// <summary><c>浙(2026)临海市不动产权第0000001号</c> / <c>浙(2026)临海市不动产证明第0000001号</c>, from the office settings.</summary>
public sealed class CertificateNumberFormatter(IOptions<OfficeSettings> office) : ICertificateNumberFormatter
{
    public string Format(int year, CertificateKind kind, long sequence)
    {
        var settings = office.Value;
        if (sequence > CertificateNumber.MaxSequence)
        {
            throw new InvalidOperationException(
                $"The {kind} numbers of {year} are used up ({CertificateNumber.MaxSequence}); the 7-digit format has no room for more.");
        }
        return CertificateNumber.Format(settings.ProvinceAbbreviation, year, settings.City, kind, (int)sequence).Value;
    }
}
