using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Security;

/// <summary>Bearer tokens end when their user signs out or is locked out, not only when they expire.</summary>
public sealed class RevocationTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task The_login_answer_has_no_refresh_token()
    {
        using var client = host.CreateClient();

        var answer = await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "manager", password = "Demo-Pass-1" }))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Bearer", answer.GetProperty("tokenType").GetString());
        Assert.False(answer.TryGetProperty("refreshToken", out _));
    }

    [Fact]
    public async Task Logout_ends_every_token_of_the_caller()
    {
        using var first = host.CreateClient(await host.SignInAsync("reviewer2"));
        using var second = host.CreateClient(await host.SignInAsync("reviewer2"));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/tasks")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await first.PostAsync("/api/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/tasks")).StatusCode);
        using var again = host.CreateClient(await host.SignInAsync("reviewer2"));
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/tasks")).StatusCode);
    }

    [Fact]
    public async Task A_lockout_ends_the_tokens_already_issued()
    {
        using var client = host.CreateClient(await host.SignInAsync("lead"));
        using var anonymous = host.CreateClient();
        for (var i = 0; i < 5; i++)
            await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "lead", password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/tasks")).StatusCode);
        host.Clock.Advance(TimeSpan.FromMinutes(6)); // the lockout is over; the old token stays ended
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/tasks")).StatusCode);
    }

    [Fact]
    public async Task A_stamp_changed_by_another_node_ends_the_token_here_within_thirty_seconds()
    {
        using var client = host.CreateClient(await host.SignInAsync("approver"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tasks")).StatusCode);

        await host.InScopeAsync(async services => // as another node's sign-out would, without telling this node
        {
            var db = services.GetRequiredService<RegistrationDbContext>();
            await db.Users.Where(u => u.UserName == "approver").ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, SecurityStamps.New()));
            return true;
        });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tasks")).StatusCode); // still the stamp read before
        host.Clock.Advance(SecurityStamps.KeptFor);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/tasks")).StatusCode);
    }
}
