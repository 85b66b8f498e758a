using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Auth;

public sealed class SignInTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task The_demo_password_gives_a_bearer_token_and_an_audit_record()
    {
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "clerk", password = "Demo-Pass-1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        Assert.False(string.IsNullOrEmpty(token!.AccessToken));
        Assert.Equal(3600, token.ExpiresIn);

        var record = await LastAuditRecordOf("clerk");
        Assert.Equal(AuditActions.SignIn, record.Action);
        Assert.Equal("clerk", record.Role);
        Assert.Equal(host.Clock.GetUtcNow(), record.Instant);
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_problem_and_is_audited()
    {
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "approver", password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("用户名或密码错误", problem.GetProperty("title").GetString());
        Assert.Equal(401, problem.GetProperty("status").GetInt32());

        var record = await LastAuditRecordOf("approver");
        Assert.Equal(AuditActions.SignInFailed, record.Action);
        Assert.Contains("wrong-password", record.Detail);
    }

    [Fact]
    public async Task An_unknown_user_is_a_401_problem_and_is_audited()
    {
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "nobody", password = "Demo-Pass-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var record = await LastAuditRecordOf("nobody");
        Assert.Equal(AuditActions.SignInFailed, record.Action);
        Assert.Contains("unknown-user", record.Detail);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_five_minutes()
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await client.PostAsJsonAsync("/api/auth/login", new { userName = "reviewer2", password = $"wrong-{attempt}" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        var locked = await client.PostAsJsonAsync("/api/auth/login", new { userName = "reviewer2", password = "Demo-Pass-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        var problem = await locked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Account locked", problem.GetProperty("title").GetString());
        Assert.Equal(AuditActions.SignInLockedOut, (await LastAuditRecordOf("reviewer2")).Action);

        host.Clock.Advance(TimeSpan.FromMinutes(4));
        var stillLocked = await client.PostAsJsonAsync("/api/auth/login", new { userName = "reviewer2", password = "Demo-Pass-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, stillLocked.StatusCode);

        host.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var unlocked = await client.PostAsJsonAsync("/api/auth/login", new { userName = "reviewer2", password = "Demo-Pass-1" });
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_is_accepted_on_the_api()
    {
        var token = await host.SignInAsync("lead");
        using var client = host.CreateClient(token);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");

        Assert.Equal("lead", me.GetProperty("userName").GetString());
        Assert.Equal(["approver", "reviewer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
    }

    [Fact]
    public async Task A_missing_token_is_a_401_problem()
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_forged_token_is_a_401()
    {
        using var client = host.CreateClient("not-a-token");

        var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Missing_fields_are_a_validation_problem_naming_each_field()
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("The user name is required.", errors.GetProperty("userName")[0].GetString());
        Assert.Equal("The password is required.", errors.GetProperty("password")[0].GetString());
    }

    private Task<Infrastructure.Persistence.Entities.AuditRecord> LastAuditRecordOf(string actor) => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().AuditRecords
            .Where(r => r.Actor == actor).OrderByDescending(r => r.Sequence).FirstAsync());
}
