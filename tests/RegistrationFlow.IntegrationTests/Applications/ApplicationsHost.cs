using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>
/// The service host with its deadline pump off (<c>Deadlines:Fire=false</c>): the tests fire deadlines themselves,
/// through <see cref="IDeadlineHandler"/>, at the instants they choose. Helpers to fire deadlines and count rows.
/// </summary>
public class ApplicationsHost : ServiceHost
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Deadlines:Fire", "false")];

    /// <summary>A client signed in now (bearer tokens expire an hour after sign-in on the fake clock).</summary>
    public async Task<HttpClient> ClientAsync(string userName) => CreateClient(await SignInAsync(userName));

    public Task<DeadlineOutcome> FireAsync(Guid deadlineId) =>
        InScopeAsync(services => services.GetRequiredService<IDeadlineHandler>().HandleAsync(deadlineId, CancellationToken.None));

    public Task<List<Deadline>> DeadlinesAsync(Guid applicationId) => InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().Deadlines.AsNoTracking()
            .Where(d => d.ApplicationId == applicationId).ToListAsync());

    public Task<T> DbAsync<T>(Func<RegistrationDbContext, Task<T>> query) =>
        InScopeAsync(services => query(services.GetRequiredService<RegistrationDbContext>()));

    /// <summary>Rows in every table the service writes, to show a refused request wrote nothing.</summary>
    public Task<Dictionary<string, int>> CountRowsAsync() => DbAsync(async db => new Dictionary<string, int>
    {
        ["Applications"] = await db.Applications.CountAsync(),
        ["WorkTasks"] = await db.WorkTasks.CountAsync(),
        ["Deadlines"] = await db.Deadlines.CountAsync(),
        ["Certificates"] = await db.Certificates.CountAsync(),
        ["CertificateCounters"] = await db.CertificateCounters.CountAsync(),
        ["ReceiptCounters"] = await db.ReceiptCounters.CountAsync(),
        ["ReceiptCounterValues"] = (int)await db.ReceiptCounters.SumAsync(c => c.NextValue),
        ["AuditRecords"] = await db.AuditRecords.CountAsync(),
        ["OutboxNotifications"] = await db.OutboxNotifications.CountAsync(),
        ["DefinitionVersions"] = await db.DefinitionVersions.CountAsync(),
    });
}
