using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Users;

/// <summary>/api/users: administrators create accounts, set roles, lock, unlock and set passwords; each change audited.</summary>
public sealed class UserAdministrationTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private const string Strong = "Temp-Pass-42";
    private const string Own = "Own-Pass-77";

    private async Task<HttpClient> AdminAsync() => host.CreateClient(await host.SignInAsync("admin"));

    private static async Task<JsonElement> AccountAsync(HttpClient admin, string userName) =>
        (await (await admin.GetAsync("/api/users")).ReadJsonAsync()).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName);

    private async Task<int> AuditCountAsync(HttpClient admin, string action) =>
        (await (await admin.GetAsync($"/api/audit?action={action}&pageSize=200")).ReadJsonAsync()).GetProperty("items").GetArrayLength();

    [Fact]
    public async Task An_admin_creates_an_account_that_signs_in_with_its_roles_and_shows_its_last_sign_in()
    {
        using var admin = await AdminAsync();

        var created = await admin.PostAsJsonAsync("/api/users", new { userName = "clerk.wang", displayName = "王窗口", roles = new[] { "clerk" }, password = Strong });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Null((await AccountAsync(admin, "clerk.wang")).GetProperty("lastSignInAt").GetString());
        Assert.True((await AccountAsync(admin, "clerk.wang")).GetProperty("mustChangePassword").GetBoolean()); // the admin knows it
        using var wang = host.CreateClient(await host.SignInAsync("clerk.wang", Strong));
        var me = await (await wang.GetAsync("/api/auth/me")).ReadJsonAsync();
        Assert.Equal(["clerk"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
        var account = await AccountAsync(admin, "clerk.wang");
        Assert.Equal(("王窗口", false), (account.GetProperty("displayName").GetString(), account.GetProperty("locked").GetBoolean()));
        Assert.NotNull(account.GetProperty("lastSignInAt").GetString());
        Assert.Equal(1, await AuditCountAsync(admin, "user-created"));
    }

    [Fact]
    public async Task Bad_accounts_are_refused_naming_each_field_and_change_nothing()
    {
        using var admin = await AdminAsync();
        var before = (await (await admin.GetAsync("/api/users")).ReadJsonAsync()).GetArrayLength();

        var bad = await admin.PostAsJsonAsync("/api/users", new { userName = "X", displayName = "a\u202Eb", roles = new[] { "king" }, password = "short" });
        var taken = await admin.PostAsJsonAsync("/api/users", new { userName = "clerk", roles = new[] { "clerk" }, password = Strong });
        var noRoles = await admin.PostAsJsonAsync("/api/users", new { userName = "nobody", roles = Array.Empty<string>(), password = Strong });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<ValidationProblemBody>())!.Errors;
        Assert.Equal(["displayName", "password", "roles", "userName"], errors.Keys.Order());
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("user-exists", (await taken.ReadJsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noRoles.StatusCode);
        Assert.Equal(before, (await (await admin.GetAsync("/api/users")).ReadJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Changing_roles_ends_the_users_sessions_and_the_new_roles_apply_at_the_next_sign_in()
    {
        using var admin = await AdminAsync();
        await admin.PostAsJsonAsync("/api/users", new { userName = "rev.li", roles = new[] { "reviewer" }, password = Strong });
        await OwnPasswords.ChangeAsync(host, "rev.li", Strong, Own);
        var token = await host.SignInAsync("rev.li", Own);
        using var before = host.CreateClient(token);
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/api/tasks")).StatusCode);

        var changed = await admin.PutAsJsonAsync("/api/users/rev.li/roles", new { roles = new[] { "reviewer", "approver" } });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/tasks")).StatusCode);
        using var after = host.CreateClient(await host.SignInAsync("rev.li", Own));
        var me = await (await after.GetAsync("/api/auth/me")).ReadJsonAsync();
        Assert.Equal(["approver", "reviewer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Order());
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_until_unlocked_and_a_new_password_replaces_the_old()
    {
        using var admin = await AdminAsync();
        await admin.PostAsJsonAsync("/api/users", new { userName = "appr.zhao", roles = new[] { "approver" }, password = Strong });

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/users/appr.zhao/lock", null)).StatusCode);
        var locked = await host.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "appr.zhao", password = Strong });
        Assert.NotEqual(HttpStatusCode.OK, locked.StatusCode);
        Assert.True((await AccountAsync(admin, "appr.zhao")).GetProperty("locked").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/users/appr.zhao/unlock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/users/appr.zhao/password", new { password = "Next-Pass-43" })).StatusCode);
        var old = await host.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "appr.zhao", password = Strong });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        await host.SignInAsync("appr.zhao", "Next-Pass-43");
        Assert.True((await AccountAsync(admin, "appr.zhao")).GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(1, await AuditCountAsync(admin, "user-password-set"));
    }

    [Fact]
    public async Task The_last_admin_keeps_the_role_nobody_locks_themselves_and_unknown_users_are_404()
    {
        using var admin = await AdminAsync();

        var demote = await admin.PutAsJsonAsync("/api/users/admin/roles", new { roles = new[] { "manager" } });
        var lockSelf = await admin.PostAsync("/api/users/admin/lock", null);
        var unknown = await admin.PostAsync("/api/users/no.such.user/unlock", null);

        Assert.Equal((HttpStatusCode.Conflict, "last-admin"), (demote.StatusCode, (await demote.ReadJsonAsync()).GetProperty("code").GetString()));
        Assert.Equal((HttpStatusCode.Conflict, "lock-self"), (lockSelf.StatusCode, (await lockSelf.ReadJsonAsync()).GetProperty("code").GetString()));
        Assert.Equal((HttpStatusCode.NotFound, "user-not-found"), (unknown.StatusCode, (await unknown.ReadJsonAsync()).GetProperty("code").GetString()));
        Assert.Contains("admin", (await AccountAsync(admin, "admin")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Only_admins_manage_accounts()
    {
        using var manager = host.CreateClient(await host.SignInAsync("manager"));

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync("/api/users/clerk/lock", null)).StatusCode);
    }
}
