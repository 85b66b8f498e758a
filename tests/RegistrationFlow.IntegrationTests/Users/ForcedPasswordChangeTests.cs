using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using RegistrationFlow.IntegrationTests.Api;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Users;

/// <summary>
/// An administrator forces a password change: the person's sessions end, the next sign-in serves only the change (and
/// who they are, and signing out), the change clears it with a new security stamp, and each step is audited.
/// </summary>
public sealed partial class ForcedPasswordChangeTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private const string Initial = "Temp-Pass-42";
    private const string Own = "Own-Pass-51";

    /// <summary>What a limited session may still call; everything else answers 403 password-change-required.</summary>
    private static readonly string[] AllowedBeforeChange =
        ["POST /api/auth/login", "POST /api/auth/logout", "POST /api/auth/password", "GET /api/auth/me", "GET /api/auth/antiforgery"];

    private async Task<HttpClient> AdminAsync() => host.CreateClient(await host.SignInAsync("admin"));

    /// <summary>A new account whose owner has already replaced the initial password, so it starts unlimited.</summary>
    private async Task CreateActiveAsync(HttpClient admin, string userName, string role)
    {
        var created = await admin.PostAsJsonAsync("/api/users", new { userName, roles = new[] { role }, password = Initial });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await OwnPasswords.ChangeAsync(host, userName, Initial, Own);
    }

    private static async Task<JsonElement> AccountAsync(HttpClient admin, string userName) =>
        (await (await admin.GetAsync("/api/users")).ReadJsonAsync()).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName);

    private static async Task<int> AuditCountAsync(HttpClient admin, string action, string? user = null) =>
        (await (await admin.GetAsync($"/api/audit?action={action}&pageSize=200{(user is null ? "" : $"&user={user}")}")).ReadJsonAsync())
        .GetProperty("items").GetArrayLength();

    private static async Task<long> AuditRecordsAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/audit/verify")).ReadJsonAsync()).GetProperty("records").GetInt64();

    private async Task<(string Token, bool MustChange)> LogInAsync(string userName, string password)
    {
        var answer = await (await host.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password })).ReadJsonAsync();
        return (answer.GetProperty("accessToken").GetString()!, answer.GetProperty("mustChangePassword").GetBoolean());
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.ReadJsonAsync()).TryGetProperty("code", out var code) ? code.GetString() : null;

    [Fact]
    public async Task Forcing_ends_the_sessions_and_the_next_sign_in_may_only_change_the_password()
    {
        using var admin = await AdminAsync();
        await CreateActiveAsync(admin, "clerk.sun", "clerk");
        var (before, mustChangeBefore) = await LogInAsync("clerk.sun", Own);
        using var open = host.CreateClient(before);
        Assert.False(mustChangeBefore);
        Assert.Equal(HttpStatusCode.OK, (await open.GetAsync("/api/tasks")).StatusCode);
        var forcedBefore = await AuditCountAsync(admin, "password-change-forced");

        var forced = await admin.PostAsync("/api/users/clerk.sun/force-password-change", null);

        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.True((await forced.ReadJsonAsync()).GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await open.GetAsync("/api/tasks")).StatusCode);
        Assert.Equal(forcedBefore + 1, await AuditCountAsync(admin, "password-change-forced"));
        var (limitedToken, mustChange) = await LogInAsync("clerk.sun", Own);
        Assert.True(mustChange);
        using var limited = host.CreateClient(limitedToken);
        var me = await (await limited.GetAsync("/api/auth/me")).ReadJsonAsync();
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await limited.GetAsync("/api/auth/antiforgery")).StatusCode);

        var wrong = new List<string>();
        foreach (var (method, template) in await DocumentedEndpoints.ReadAsync(host))
        {
            if (AllowedBeforeChange.Contains($"{method} {template}")) continue;
            using var request = new HttpRequestMessage(new HttpMethod(method), template.Replace("{userName}", "clerk")
                .Replace("{id}", Guid.NewGuid().ToString()).Replace("{action}", "accept").Replace("{year}", "2026")
                .Replace("{version}", "1").Replace("{number}", "none"));
            if (method is "POST" or "PUT") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            using var response = await limited.SendAsync(request);
            var code = response.StatusCode == HttpStatusCode.Forbidden ? await CodeAsync(response) : null;
            if (code != "password-change-required") wrong.Add($"{method} {template}: {(int)response.StatusCode} {code}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task The_change_clears_the_requirement_ends_the_limited_token_and_is_audited()
    {
        using var admin = await AdminAsync();
        await CreateActiveAsync(admin, "rev.qian", "reviewer");
        await admin.PostAsync("/api/users/rev.qian/force-password-change", null);
        var (token, _) = await LogInAsync("rev.qian", Own);
        using var limited = host.CreateClient(token);
        var changesBefore = await AuditCountAsync(admin, "password-changed", "rev.qian");

        var changed = await limited.PostAsJsonAsync("/api/auth/password", new { currentPassword = Own, newPassword = "Fresh-Pass-62" });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await limited.GetAsync("/api/auth/me")).StatusCode); // a new stamp
        Assert.False((await AccountAsync(admin, "rev.qian")).GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "rev.qian", password = Own })).StatusCode);
        var (fresh, mustChange) = await LogInAsync("rev.qian", "Fresh-Pass-62");
        Assert.False(mustChange);
        using var client = host.CreateClient(fresh);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tasks")).StatusCode);
        Assert.Equal(changesBefore + 1, await AuditCountAsync(admin, "password-changed", "rev.qian"));
    }

    [Fact]
    public async Task A_weak_or_unchanged_new_password_or_a_wrong_current_one_is_refused_naming_field_and_rule_and_changes_nothing()
    {
        using var admin = await AdminAsync();
        await CreateActiveAsync(admin, "appr.zhou", "approver");
        await admin.PostAsync("/api/users/appr.zhou/force-password-change", null);
        var (token, _) = await LogInAsync("appr.zhou", Own);
        using var limited = host.CreateClient(token).InEnglish();
        var audited = await AuditRecordsAsync(admin);

        var weak = await limited.PostAsJsonAsync("/api/auth/password", new { currentPassword = Own, newPassword = "short" });
        var same = await limited.PostAsJsonAsync("/api/auth/password", new { currentPassword = Own, newPassword = Own });
        var wrongCurrent = await limited.PostAsJsonAsync("/api/auth/password", new { currentPassword = "Not-Mine-99", newPassword = "Fresh-Pass-62" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        var weakBody = await weak.ReadJsonAsync();
        Assert.Equal("validation", weakBody.GetProperty("code").GetString());
        var rules = weakBody.GetProperty("codes").GetProperty("newPassword").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(["too-short", "needs-upper", "needs-digit", "needs-symbol"], rules);
        Assert.Contains("at least 8 characters", weakBody.GetProperty("errors").GetProperty("newPassword")[0].GetString());
        Assert.Equal(["same-as-current"], (await same.ReadJsonAsync()).GetProperty("codes").GetProperty("newPassword").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["wrong-password"], (await wrongCurrent.ReadJsonAsync()).GetProperty("codes").GetProperty("currentPassword").EnumerateArray().Select(c => c.GetString()));
        Assert.True((await AccountAsync(admin, "appr.zhou")).GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await limited.GetAsync("/api/auth/me")).StatusCode); // still the same session
        Assert.Equal(audited, await AuditRecordsAsync(admin));
        await host.SignInAsync("appr.zhou", Own); // the password did not change
    }

    [Fact]
    public async Task A_password_an_admin_sets_for_someone_must_be_changed_but_not_one_they_set_for_themselves()
    {
        using var admin = await AdminAsync();
        await CreateActiveAsync(admin, "clerk.feng", "clerk");

        var forSomeone = await admin.PostAsJsonAsync("/api/users/clerk.feng/password", new { password = "Reset-Pass-73" });
        var forThemselves = await admin.PostAsJsonAsync("/api/users/admin/password", new { password = "Demo-Pass-1" });

        Assert.True((await forSomeone.ReadJsonAsync()).GetProperty("mustChangePassword").GetBoolean());
        Assert.False((await forThemselves.ReadJsonAsync()).GetProperty("mustChangePassword").GetBoolean());
        var (_, mustChange) = await LogInAsync("clerk.feng", "Reset-Pass-73");
        Assert.True(mustChange);
    }

    [Fact]
    public async Task Only_admins_force_and_unknown_users_and_the_admin_themselves_are_refused_with_codes()
    {
        using var manager = host.CreateClient(await host.SignInAsync("manager"));
        using var admin = await AdminAsync();
        var audited = await AuditCountAsync(admin, "password-change-forced");

        var byManager = await manager.PostAsync("/api/users/clerk/force-password-change", null);
        var unknown = await admin.PostAsync("/api/users/no.such.user/force-password-change", null);
        var self = await admin.PostAsync("/api/users/admin/force-password-change", null);

        Assert.Equal(HttpStatusCode.Forbidden, byManager.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "user-not-found"), (unknown.StatusCode, await CodeAsync(unknown)));
        Assert.Equal((HttpStatusCode.Conflict, "force-self"), (self.StatusCode, await CodeAsync(self)));
        Assert.False((await AccountAsync(admin, "clerk")).GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(audited, await AuditCountAsync(admin, "password-change-forced"));
    }

    [Fact]
    public async Task A_limited_sign_in_cookie_sends_every_page_to_the_password_page_and_the_api_refuses_it()
    {
        using var admin = await AdminAsync();
        await CreateActiveAsync(admin, "clerk.jiang", "clerk");
        await admin.PostAsync("/api/users/clerk.jiang/force-password-change", null);
        using var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = FormToken().Match(await browser.GetStringAsync("/signin")).Groups[1].Value;
        var signIn = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(form),
            ["Input.UserName"] = "clerk.jiang", ["Input.Password"] = Own, ["Input.ReturnUrl"] = "/intake",
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        foreach (var page in new[] { "/intake", "/", "/worklist", "/admin/users", "/hangfire" })
        {
            var answer = await browser.GetAsync(page);
            Assert.Equal((HttpStatusCode.Redirect, "/account/password"), (answer.StatusCode, answer.Headers.Location?.OriginalString));
        }
        var passwordPage = await browser.GetAsync("/account/password");
        Assert.Equal(HttpStatusCode.OK, passwordPage.StatusCode);
        Assert.Contains("data-testid=\"password-change-required\"", await passwordPage.Content.ReadAsStringAsync());
        var api = await browser.GetAsync("/api/tasks");
        Assert.Equal((HttpStatusCode.Forbidden, "password-change-required"), (api.StatusCode, await CodeAsync(api)));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/auth/me")).StatusCode);
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" value=""([^""]+)""")]
    private static partial Regex FormToken();
}
