using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Security;

public sealed partial class CookieAntiforgeryTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private async Task<HttpClient> SignedInWithCookieAsync(string userName)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/signin");
        var token = FormToken().Match(page).Groups[1].Value;
        var signIn = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.UserName"] = userName,
            ["Input.Password"] = "Demo-Pass-1",
            ["Input.ReturnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode); // signed in by the cookie alone
        return client;
    }

    [Fact]
    public async Task A_change_made_with_the_sign_in_cookie_needs_the_antiforgery_token_and_a_bearer_call_does_not()
    {
        using var cookie = await SignedInWithCookieAsync("reviewer");
        using var bearer = host.CreateClient(await host.SignInAsync("reviewer"));
        var claim = $"/api/tasks/{Guid.NewGuid()}/claim";

        var forged = await cookie.PostAsync(claim, null);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("antiforgery-token-invalid", (await forged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        var tokens = await cookie.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery");
        using var withToken = new HttpRequestMessage(HttpMethod.Post, claim);
        withToken.Headers.Add(tokens.GetProperty("headerName").GetString()!, tokens.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await cookie.SendAsync(withToken)).StatusCode); // past the check: no such task

        Assert.Equal(HttpStatusCode.NotFound, (await bearer.PostAsync(claim, null)).StatusCode);
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" value=""([^""]+)""")]
    private static partial Regex FormToken();
}
