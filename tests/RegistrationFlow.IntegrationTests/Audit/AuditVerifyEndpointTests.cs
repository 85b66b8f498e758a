using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Audit;

public sealed class AuditVerifyEndpointTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Theory]
    [InlineData("manager")]
    [InlineData("clerk")]
    public async Task Only_administrators_verify_the_chain(string userName)
    {
        using var client = host.CreateClient(await host.SignInAsync(userName));

        var response = await client.GetAsync("/api/audit/verify");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_intact_chain_is_reported_intact_and_an_altered_record_is_named()
    {
        await host.AcceptedAsync();
        using var admin = host.CreateClient(await host.SignInAsync("admin")).InEnglish();

        var intact = await (await admin.GetAsync("/api/audit/verify")).ReadJsonAsync();
        Assert.True(intact.GetProperty("intact").GetBoolean());
        Assert.True(intact.GetProperty("records").GetInt64() >= 3);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, intact.GetProperty("firstBreak").ValueKind);

        var altered = await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            var record = await db.AuditRecords.Where(r => r.Action == "accept").SingleAsync();
            await db.AuditRecords.Where(r => r.Sequence == record.Sequence).ExecuteUpdateAsync(s => s.SetProperty(r => r.Actor, "someone-else"));
            return record.Sequence;
        });

        var broken = await (await admin.GetAsync("/api/audit/verify")).ReadJsonAsync();
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(altered, broken.GetProperty("firstBreak").GetProperty("sequence").GetInt64());
        Assert.Contains("altered", broken.GetProperty("firstBreak").GetProperty("reason").GetString());
    }
}
