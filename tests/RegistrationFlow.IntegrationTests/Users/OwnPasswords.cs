using System.Net;
using System.Net.Http.Json;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Users;

/// <summary>A person replacing their password through <c>POST /api/auth/password</c>, as a new account must first.</summary>
internal static class OwnPasswords
{
    public static async Task ChangeAsync(ServiceHost host, string userName, string current, string next)
    {
        using var client = host.CreateClient(await host.SignInAsync(userName, current));
        var changed = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = current, newPassword = next });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
    }
}
