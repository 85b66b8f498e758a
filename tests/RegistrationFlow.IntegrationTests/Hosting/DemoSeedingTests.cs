using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.IntegrationTests.Hosting;

public sealed class DemoDataHost : ServiceHost
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Seed:DemoApplications", "true")];
}

public sealed class DemoSeedingTests(DemoDataHost host) : IClassFixture<DemoDataHost>
{
    [Fact]
    public async Task Development_seeds_demo_applications_in_different_steps_with_real_tasks_and_audit()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();

        var applications = await db.Applications.AsNoTracking().ToListAsync();
        var steps = applications.SelectMany(a => a.CurrentSteps).Distinct().Order().ToList();

        Assert.Equal(6, applications.Count);
        Assert.Equal(["approval", "awaiting-supplement", "certificate", "intake", "review"], steps);
        Assert.Single(applications, a => a.CertificateNumber == "浙(2026)临海市不动产权第0000001号");
        Assert.True(await db.WorkTasks.CountAsync() >= 5);
        Assert.True(await db.AuditRecords.CountAsync(r => r.ApplicationId != null) >= 6 + 5 + 1 + 1 + 1);
    }
}
