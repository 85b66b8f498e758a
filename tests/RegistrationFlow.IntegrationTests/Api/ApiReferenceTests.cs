using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RegistrationFlow.IntegrationTests.Auth;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Api;

public sealed class ProductionApiReferenceTests(ProductionHost host) : IClassFixture<ProductionHost>
{
    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/scalar/")]
    public async Task Production_serves_no_api_document_or_page_unless_configured(string path)
    {
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }
}

public sealed class ProductionWithApiReferenceHost : ServiceHost
{
    protected override string EnvironmentName => "Production";
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Admin:Password", "Admin-Pass-9"), new("ApiReference:Enabled", "true")];
}

public sealed class ConfiguredApiReferenceTests(ProductionWithApiReferenceHost host) : IClassFixture<ProductionWithApiReferenceHost>
{
    [Fact]
    public async Task Configured_on_in_production_the_document_and_page_are_for_signed_in_staff_only()
    {
        using var anonymous = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var staff = host.CreateClient(await host.SignInAsync("admin", "Admin-Pass-9"));

        foreach (var path in new[] { "/openapi/v1.json", "/scalar/" })
        {
            var refused = await anonymous.GetAsync(path); // sent to the sign-in page
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/signin", refused.Headers.Location?.AbsolutePath ?? refused.Headers.Location?.OriginalString.Split('?')[0]);
        }
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/scalar/")).StatusCode);
    }
}

public sealed class ApiPageTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task The_api_page_loads_everything_from_the_product_and_no_web_fonts()
    {
        using var client = host.CreateClient();

        var page = await client.GetStringAsync("/scalar/");

        Assert.DoesNotContain("https://", page);
        Assert.DoesNotContain("http://", page);
        Assert.Contains("\"withDefaultFonts\":false", page.Replace(" ", ""));
    }
}
