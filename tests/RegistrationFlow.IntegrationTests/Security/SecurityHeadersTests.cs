using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RegistrationFlow.IntegrationTests.Auth;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Security;

public sealed class SecurityHeadersTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Theory]
    [InlineData("/signin", "script-src 'self';")]
    [InlineData("/api/tasks", "default-src 'none'")]
    [InlineData("/api/no-such-thing", "default-src 'none'")]
    [InlineData("/openapi/v1.json", "default-src 'none'")]
    [InlineData("/scalar/", "script-src 'self' 'unsafe-inline'")]
    public async Task Every_response_forbids_sniffing_referrers_and_framing_and_carries_the_policy_of_its_kind(string path, string policy)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains(policy, csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("http", csp); // nothing is loaded from another origin
    }
}

public sealed class ProductionTransportTests(ProductionHost host) : IClassFixture<ProductionHost>
{
    [Fact]
    public async Task Production_answers_https_with_strict_transport_security()
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://registration.example") });

        var response = await client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }
}
