using Microsoft.Extensions.Options;
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
        var word = kind switch
        {
            CertificateKind.PropertyRight => "不动产权",
            CertificateKind.RegistrationProof => "不动产证明",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return $"{settings.ProvinceAbbreviation}({year}){settings.City}{word}第{sequence:D7}号";
    }
}
