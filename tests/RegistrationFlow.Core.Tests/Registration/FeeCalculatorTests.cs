using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Registration.Fees;

namespace RegistrationFlow.Core.Tests.Registration;

public class FeeCalculatorTests
{
    private static readonly WorkflowDefinition Housing = RegistrationTestWorkflows.CommercialHousingTransfer();

    [Fact]
    public void Housing_pays_80_per_case_with_the_first_certificate_included()
    {
        var quote = FeeCalculator.Calculate(Housing, new FeeRequest(Certificates: 1));
        Assert.Equal(80m, quote.Total);
        var line = Assert.Single(quote.Lines);
        Assert.Equal(FeeCalculator.RegistrationFeeLine, line.Code);
        Assert.Contains("80元", line.Description.ZhCn);
    }

    [Theory]
    [InlineData(2, 90)]
    [InlineData(3, 100)]
    [InlineData(5, 120)]
    public void Each_extra_certificate_costs_10(int certificates, int total)
    {
        var quote = FeeCalculator.Calculate(Housing, new FeeRequest(certificates));
        Assert.Equal(total, quote.Total);
        var extra = quote.Lines.Single(l => l.Code == FeeCalculator.ExtraCertificatesLine);
        Assert.Equal((certificates - 1) * 10m, extra.Amount);
        Assert.Contains($"× {certificates - 1}", extra.Description.EnUs);
    }

    [Fact]
    public void Non_housing_fee_comes_from_the_workflow()
    {
        var quote = FeeCalculator.Calculate(Housing with { Fee = new FeeSpec(550m, 10m) }, new FeeRequest(2));
        Assert.Equal(560m, quote.Total);
    }

    [Theory]
    [InlineData(RegistrationType.Correction)]
    [InlineData(RegistrationType.Objection)]
    public void Correction_and_objection_pay_half(RegistrationType type)
    {
        var workflow = Housing with { Registration = new RegistrationSpec(type, CertificateKind.PropertyRight) };
        var quote = FeeCalculator.Calculate(workflow, new FeeRequest(1));
        Assert.Equal(40m, quote.Total);
        Assert.Equal(-40m, quote.Lines.Single(l => l.Code == FeeCalculator.HalfFeeLine).Amount);
    }

    [Fact]
    public void A_name_or_id_change_pays_half_and_extra_certificates_in_full()
    {
        var workflow = Housing with { Registration = new RegistrationSpec(RegistrationType.Change, CertificateKind.PropertyRight) };
        Assert.Equal(80m, FeeCalculator.Calculate(workflow, new FeeRequest(1)).Total);
        var quote = FeeCalculator.Calculate(workflow, new FeeRequest(2, Basis: FeeBasis.NameOrIdentityChange));
        Assert.Equal(50m, quote.Total);
        Assert.Equal([FeeCalculator.RegistrationFeeLine, FeeCalculator.HalfFeeLine, FeeCalculator.ExtraCertificatesLine],
            quote.Lines.Select(l => l.Code));
    }

    [Fact]
    public void Small_and_micro_businesses_are_exempt_from_the_registration_fee()
    {
        var quote = FeeCalculator.Calculate(Housing, new FeeRequest(1, SmallOrMicroBusiness: true));
        Assert.Equal(0m, quote.Total);
        Assert.Equal(-80m, quote.Lines.Single(l => l.Code == FeeCalculator.ExemptionLine).Amount);
        // The exemption covers the registration fee, not the cost of extra certificates.
        Assert.Equal(10m, FeeCalculator.Calculate(Housing, new FeeRequest(2, SmallOrMicroBusiness: true)).Total);
    }

    [Fact]
    public void No_fee_types_have_a_zero_fee_spec_and_no_lines()
    {
        var quote = FeeCalculator.Calculate(RegistrationTestWorkflows.MortgageCancellation(), new FeeRequest(3));
        Assert.Equal(0m, quote.Total);
        Assert.Empty(quote.Lines);
    }

    [Fact]
    public void A_workflow_without_certificates_charges_none_for_them()
    {
        var workflow = Housing with { Registration = new RegistrationSpec(RegistrationType.Transfer, CertificateKind.None) };
        Assert.Equal(80m, FeeCalculator.Calculate(workflow, new FeeRequest(3)).Total);
    }

    [Fact]
    public void The_total_is_the_sum_of_the_lines()
    {
        foreach (var request in new[] { new FeeRequest(4), new FeeRequest(3, true), new FeeRequest(2, false, FeeBasis.NameOrIdentityChange) })
        {
            var quote = FeeCalculator.Calculate(Housing, request);
            Assert.Equal(quote.Lines.Sum(l => l.Amount), quote.Total);
        }
    }

    [Fact]
    public void A_negative_number_of_certificates_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FeeCalculator.Calculate(Housing, new FeeRequest(-1)));
}
