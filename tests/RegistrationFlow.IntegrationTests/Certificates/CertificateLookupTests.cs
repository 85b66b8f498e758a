using System.Net;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Certificates;

public sealed class CertificateLookupTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task A_registered_applications_certificate_is_found_by_its_number_with_half_or_full_width_brackets()
    {
        var application = await host.RegisteredAsync();
        var number = application.CertificateNumber!;
        Assert.StartsWith("浙(2026)临海市不动产权第", number);
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        var half = await client.GetAsync($"/api/certificates/{Uri.EscapeDataString(number)}");
        var full = await client.GetAsync($"/api/certificates/{Uri.EscapeDataString(number.Replace('(', '（').Replace(')', '）'))}");

        Assert.Equal(HttpStatusCode.OK, half.StatusCode);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        var body = await full.ReadJsonAsync();
        Assert.Equal(number, body.GetProperty("number").GetString());
        Assert.Equal("property-right", body.GetProperty("kind").GetString());
        Assert.Equal(2026, body.GetProperty("year").GetInt32());
        Assert.Equal("issued", body.GetProperty("status").GetString());
        Assert.Equal(application.ReceiptNumber, body.GetProperty("receiptNumber").GetString());
        Assert.Equal(application.Id, body.GetProperty("applicationId").GetGuid());
        Assert.Equal("2026-03-02T09:00:00+08:00", body.GetProperty("issuedAt").GetString());
    }

    [Fact]
    public async Task A_well_formed_number_that_was_never_issued_is_a_404()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        var response = await client.GetAsync($"/api/certificates/{Uri.EscapeDataString("浙(2026)临海市不动产证明第9999999号")}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("certificate-not-found", (await response.ReadJsonAsync()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("浙2026临海市不动产权第0000001号", "four-digit year in brackets")]
    [InlineData("浙(2026)临海市不动产权第001号", "7 digits")]
    [InlineData("A(2026)临海市不动产权第0000001号", "province")]
    public async Task A_malformed_number_is_a_400_saying_what_is_wrong(string number, string expected)
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk")).InEnglish();

        var response = await client.GetAsync($"/api/certificates/{Uri.EscapeDataString(number)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.ReadJsonAsync()).GetProperty("errors").GetProperty("number")[0].GetString());
    }
}
