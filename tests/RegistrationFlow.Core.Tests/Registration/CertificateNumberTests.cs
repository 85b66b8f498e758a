using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Registration.Identifiers;

namespace RegistrationFlow.Core.Tests.Registration;

public class CertificateNumberTests
{
    [Theory]
    [InlineData("浙(2026)临海市不动产权第0000001号", CertificateKind.PropertyRight, 1)]
    [InlineData("浙(2026)临海市不动产证明第0000001号", CertificateKind.RegistrationProof, 1)]
    [InlineData("浙(2026)临海市不动产权第1234567号", CertificateKind.PropertyRight, 1234567)]
    public void Accepts_the_domain_formats(string text, CertificateKind kind, int sequence)
    {
        Assert.True(CertificateNumber.TryParse(text, out var number, out var error), error?.ToString());
        Assert.Equal('浙', number.Province);
        Assert.Equal(2026, number.Year);
        Assert.Equal("临海市", number.City);
        Assert.Equal(kind, number.Kind);
        Assert.Equal(sequence, number.Sequence);
        Assert.Equal(text, number.ToString());
    }

    [Theory]
    [InlineData("浙（2026）临海市不动产权第0000001号")]
    [InlineData("浙（2026)临海市不动产权第0000001号")]
    [InlineData(" 浙(2026）临海市不动产权第0000001号　")]
    public void Full_width_brackets_are_accepted_and_written_as_ascii(string text)
    {
        Assert.True(CertificateNumber.TryParse(text, out var number, out var error), error?.ToString());
        Assert.Equal("浙(2026)临海市不动产权第0000001号", number.Value);
    }

    [Theory]
    [InlineData("", "certificate-number.required")]
    [InlineData("X(2026)临海市不动产权第0000001号", "certificate-number.province")]
    [InlineData("港(2026)临海市不动产权第0000001号", "certificate-number.province")]
    [InlineData("浙2026临海市不动产权第0000001号", "certificate-number.year")]
    [InlineData("浙(26)临海市不动产权第0000001号", "certificate-number.year")]
    [InlineData("浙(2010)临海市不动产权第0000001号", "certificate-number.year")]
    [InlineData("浙(2026)临海市房产权第0000001号", "certificate-number.kind")]
    [InlineData("浙(2026)不动产权第0000001号", "certificate-number.city")]
    [InlineData("浙(2026)Linhai不动产权第0000001号", "certificate-number.city")]
    [InlineData("浙(2026)临海市不动产权第000001号", "certificate-number.sequence")]
    [InlineData("浙(2026)临海市不动产权第00000001号", "certificate-number.sequence")]
    [InlineData("浙(2026)临海市不动产权第0000001", "certificate-number.sequence")]
    [InlineData("浙(2026)临海市不动产权第0000000号", "certificate-number.sequence")]
    public void Reports_each_failure_with_its_code(string text, string code)
    {
        Assert.False(CertificateNumber.TryParse(text, out _, out var error));
        Assert.Equal(code, error!.Code);
    }

    [Fact]
    public void Format_builds_the_canonical_number()
    {
        var number = CertificateNumber.Format("浙", 2026, "临海市", CertificateKind.RegistrationProof, 42);
        Assert.Equal("浙(2026)临海市不动产证明第0000042号", number.ToString());
        Assert.Equal(number, CertificateNumber.Parse(number.ToString()));
    }

    [Fact]
    public void Format_refuses_values_outside_the_format()
    {
        Assert.Throws<ArgumentException>(() => CertificateNumber.Format("浙江", 2026, "临海市", CertificateKind.PropertyRight, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificateNumber.Format("浙", 2026, "临海市", CertificateKind.PropertyRight, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificateNumber.Format("浙", 2026, "临海市", CertificateKind.PropertyRight, 10_000_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificateNumber.Format("浙", 1999, "临海市", CertificateKind.PropertyRight, 1));
        Assert.Throws<ArgumentException>(() => CertificateNumber.Format("浙", 2026, "", CertificateKind.PropertyRight, 1));
        Assert.Throws<ArgumentException>(() => CertificateNumber.Format("浙", 2026, "临海市", CertificateKind.None, 1));
    }

    [Fact]
    public void Parse_throws_with_the_error()
    {
        var ex = Assert.Throws<IdentifierFormatException>(() => CertificateNumber.Parse("浙(2026)临海市不动产权第0000000号"));
        Assert.Equal("certificate-number.sequence", ex.Error.Code);
    }
}
