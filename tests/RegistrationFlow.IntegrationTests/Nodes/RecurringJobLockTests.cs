using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RegistrationFlow.IntegrationTests.Hosting;
using RegistrationFlow.Web.Hangfire;

namespace RegistrationFlow.IntegrationTests.Nodes;

/// <summary>
/// A node killed or frozen while it held Hangfire's lock on a recurring job leaves that lock taken for a while. A node
/// started meanwhile must still start, and register the recurring jobs once the lock is free.
/// </summary>
[Trait(StorageTraits.Name, StorageTraits.PostgreSql)]
public sealed class RecurringJobLockTests : IAsyncLifetime
{
    private readonly string _folder = ServiceHost.NewFolder();
    private HostOnFolder _first = null!;

    public async Task InitializeAsync()
    {
        Assert.True(ServiceHost.OnPostgreSql, $"several nodes need PostgreSQL: run with {ServiceHost.ProviderVariable}=PostgreSql (./test.sh does)");
        _first = new HostOnFolder(_folder, ServiceHost.Start) { KeepFolder = true };
        await _first.InitializeAsync();
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)_first).DisposeAsync();

    [Fact]
    public async Task A_node_starting_while_a_recurring_job_lock_is_held_starts_and_registers_once_it_is_released()
    {
        using var connection = _first.Services.GetRequiredService<JobStorage>().GetConnection();
        var held = connection.AcquireDistributedLock($"lock:recurring-job:{RecurringJobsSetup.DailyReport}", TimeSpan.FromSeconds(5));

        await using var second = new HostOnFolder(_folder, ServiceHost.Start);
        await second.InitializeAsync(); // before, the registration's lock timeout ended the start-up
        var setup = second.Services.GetServices<IHostedService>().OfType<RecurringJobsSetup>().Single();
        Assert.False(setup.Registered.IsCompleted);
        using (var client = second.CreateClient(await second.SignInAsync("clerk")))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/tasks")).StatusCode);
        }

        held.Dispose();
        await setup.Registered.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
