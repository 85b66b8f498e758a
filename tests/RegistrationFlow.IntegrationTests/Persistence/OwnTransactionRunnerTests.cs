using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.IntegrationTests.Hosting;
using RegistrationFlow.Storage.Sqlite;

namespace RegistrationFlow.IntegrationTests.Persistence;

/// <summary>On PostgreSQL every unit runs in a transaction of its own on the caller's connection.</summary>
[Trait(StorageTraits.Name, StorageTraits.PostgreSql)]
public sealed class OwnTransactionRunnerTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task Applications_are_started_and_registered_each_action_in_its_own_transaction()
    {
        await host.InScopeAsync(services =>
        {
            Assert.IsType<OwnTransactionRunner>(services.GetRequiredService<ITransactionRunner>());
            return Task.CompletedTask;
        });
        Assert.Null(host.Services.GetService<GroupCommitRunner>());

        var registered = await host.RegisteredAsync();
        Assert.Equal("registered", registered.Status);
        Assert.NotNull(registered.CertificateNumber);
        Assert.Null(await host.InScopeAsync(services => services.GetRequiredService<AuditTrail>().VerifyAsync()));
    }

    [Fact]
    public async Task A_unit_that_throws_leaves_nothing_and_the_scope_can_write_again()
    {
        await host.InScopeAsync(async services =>
        {
            var runner = services.GetRequiredService<ITransactionRunner>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => runner.RunAsync<int>(async (write, ct) =>
            {
                write.Db.Applications.Add(TestData.NewApplication("OWN-1", host.Clock.GetUtcNow()));
                await write.Db.SaveChangesAsync(ct);
                throw new InvalidOperationException("the unit failed after writing");
            }));
            await runner.RunAsync(async (write, ct) =>
            {
                write.Db.Applications.Add(TestData.NewApplication("OWN-2", host.Clock.GetUtcNow()));
                return await write.Db.SaveChangesAsync(ct);
            });
        });

        var stored = await host.InScopeAsync(services => services.GetRequiredService<RegistrationDbContext>().Applications.AsNoTracking()
            .Where(a => a.ReceiptNumber.StartsWith("OWN-")).Select(a => a.ReceiptNumber).ToListAsync());
        Assert.Equal(["OWN-2"], stored);
    }
}
