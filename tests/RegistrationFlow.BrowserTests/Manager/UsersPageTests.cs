using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Manager;

[Collection(BrowserCollection.Name)]
public sealed class UsersPageTests(BrowserSuite suite)
{
    [Fact]
    public async Task Admin_creates_an_account_is_told_what_is_wrong_then_locks_and_unlocks_it()
    {
        var admin = await suite.SignedInAsync("admin");
        await admin.GotoAsync("/admin/users");
        await BrowserSuite.WaitForInteractiveAsync(admin);

        await admin.FillAsync("#new-user-name", "Bad Name");
        await admin.FillAsync("#new-password", "short");
        await admin.ClickAsync("#create-user");
        await Expect(admin.Locator("[data-testid=create-error][data-field=userName]")).ToBeVisibleAsync();
        await Expect(admin.Locator("[data-testid=create-error][data-field=password][data-rule=too-short]")).ToBeVisibleAsync(); // one error per rule
        await Expect(admin.Locator("[data-testid=create-error][data-field=roles]")).ToBeVisibleAsync();

        await admin.FillAsync("#new-user-name", "clerk.chen");
        await admin.FillAsync("#new-display-name", "陈窗口");
        await admin.CheckAsync("#new-role-clerk");
        await admin.FillAsync("#new-password", "Temp-Pass-42");
        await admin.ClickAsync("#create-user");
        var row = admin.Locator("[data-testid=users] tr[data-user='clerk.chen']");
        await Expect(row).ToContainTextAsync("陈窗口");
        await Expect(row.Locator("input[data-role=clerk]")).ToBeCheckedAsync();
        await Expect(admin.Locator("[data-testid=create-error]")).ToHaveCountAsync(0);

        await row.Locator("[data-testid=lock]").ClickAsync();
        await Expect(row.Locator("[data-testid=user-status]")).ToHaveAttributeAsync("data-locked", "true");
        await Screenshots.SaveAsync(admin, "users-zh");
        await row.Locator("[data-testid=unlock]").ClickAsync();
        await Expect(row.Locator("[data-testid=user-status]")).ToHaveAttributeAsync("data-locked", "false");

        // The last administrator cannot be locked: the server's reason is shown.
        await admin.Locator("[data-testid=users] tr[data-user='admin'] [data-testid=lock]").ClickAsync();
        await Expect(admin.Locator("[data-testid=users-message]")).ToContainTextAsync("不能锁定自己的账号");
        await admin.Context.CloseAsync();
    }
}
