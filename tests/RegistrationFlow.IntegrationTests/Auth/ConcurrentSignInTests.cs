using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Auth;

/// <summary>Many sign-in attempts for one user at once: each answered without a server error and audited exactly once.</summary>
public sealed class ConcurrentSignInTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task Thirty_wrong_passwords_at_once_are_thirty_refusals_and_thirty_audit_records_and_lock_the_account()
    {
        var statuses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            using var client = host.CreateClient();
            return (await client.PostAsJsonAsync("/api/auth/login", new { userName = "lead", password = $"wrong-{i}" })).StatusCode;
        })));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        var records = await RecordsOfAsync("lead");
        Assert.Equal(30, records.Count);
        Assert.All(records, action => Assert.Contains(action, new[] { AuditActions.SignInFailed, AuditActions.SignInLockedOut }));
        Assert.Equal(4, records.Count(action => action == AuditActions.SignInFailed)); // the fifth failure locks the account
        using var right = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await right.PostAsJsonAsync("/api/auth/login", new { userName = "lead", password = "Demo-Pass-1" })).StatusCode);
        Assert.Null(await host.InScopeAsync(services => services.GetRequiredService<AuditTrail>().VerifyAsync()));
    }

    [Fact]
    public async Task Thirty_attempts_for_an_unknown_user_at_once_are_each_audited_once()
    {
        var statuses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            using var client = host.CreateClient();
            return (await client.PostAsJsonAsync("/api/auth/login", new { userName = "nobody-here", password = $"guess-{i}" })).StatusCode;
        })));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(30, (await RecordsOfAsync("nobody-here")).Count(action => action == AuditActions.SignInFailed));
    }

    private Task<List<string>> RecordsOfAsync(string actor) => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().AuditRecords.AsNoTracking()
            .Where(r => r.Actor == actor).Select(r => r.Action).ToListAsync());
}
