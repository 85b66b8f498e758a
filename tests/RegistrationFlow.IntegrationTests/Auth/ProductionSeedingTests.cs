using System.Net;
using System.Net.Http.Json;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Auth;

public sealed class ProductionHost : ServiceHost
{
    protected override string EnvironmentName => "Production";
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Admin:Password", "Admin-Pass-9")];
}

public sealed class ProductionSeedingTests(ProductionHost host) : IClassFixture<ProductionHost>
{
    [Fact]
    public async Task Production_seeds_only_the_configured_administrator()
    {
        using var client = host.CreateClient();

        var admin = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "Admin-Pass-9" });
        var demo = await client.PostAsJsonAsync("/api/auth/login", new { userName = "clerk", password = "Demo-Pass-1" });

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);
    }
}
