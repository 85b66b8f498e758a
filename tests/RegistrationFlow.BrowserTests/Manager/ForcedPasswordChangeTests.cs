using Microsoft.Playwright;
using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Manager;

/// <summary>
/// A password an administrator chose, or a change the administrator forces, is replaced by its owner at the next
/// sign-in before anything else: the sign-in leads to the change-password page, which names each rule a weak password
/// breaks, and then to the person's start page. Uses an account made here, so the demo users stay as they are.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ForcedPasswordChangeTests(BrowserSuite suite)
{
    private const string UserName = "clerk.ma";

    [Fact]
    public async Task A_new_account_and_a_forced_change_both_lead_the_person_to_choose_a_password_at_sign_in()
    {
        var admin = await suite.SignedInAsync("admin");
        await admin.GotoAsync("/admin/users");
        await BrowserSuite.WaitForInteractiveAsync(admin);
        await admin.FillAsync("#new-user-name", UserName);
        await admin.CheckAsync("#new-role-clerk");
        await admin.FillAsync("#new-password", "Temp-Pass-42");
        await admin.ClickAsync("#create-user");
        var row = admin.Locator($"[data-testid=users] tr[data-user='{UserName}']");
        await Expect(row.Locator("[data-testid=must-change-password]")).ToHaveAttributeAsync("data-must-change", "true");

        var clerk = await SignInExpectingChangeAsync("Temp-Pass-42");
        await clerk.FillAsync("#current-password", "Temp-Pass-42");
        await clerk.FillAsync("#new-password", "weak");
        await clerk.FillAsync("#confirm-password", "weak");
        await clerk.ClickAsync("#password-submit");
        await Expect(clerk.Locator("[data-field=newPassword][data-rule=too-short]")).ToContainTextAsync("至少 8 个字符");
        await Expect(clerk.Locator("[data-field=newPassword][data-rule=needs-digit]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(clerk, "password-change-zh");
        await ChangeAsync(clerk, "Temp-Pass-42", "Own-Pass-51");
        await Expect(clerk).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/intake$"));
        await clerk.Context.CloseAsync();

        await admin.ReloadAsync();
        await BrowserSuite.WaitForInteractiveAsync(admin);
        await Expect(row.Locator("[data-testid=must-change-password]")).ToHaveAttributeAsync("data-must-change", "false");
        await row.Locator("[data-testid=force-password-change]").ClickAsync();
        await Expect(admin.Locator("[data-testid=force-confirmation]")).ToContainTextAsync(UserName);
        await admin.ClickAsync("#force-confirm");
        await Expect(row.Locator("[data-testid=must-change-password]")).ToHaveAttributeAsync("data-must-change", "true");
        await admin.Context.CloseAsync();

        var again = await SignInExpectingChangeAsync("Own-Pass-51");
        await again.GotoAsync("/worklist"); // any other page leads back
        await Expect(again).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/password$"));
        await ChangeAsync(again, "Own-Pass-51", "Next-Pass-62");
        await Expect(again.Locator("[data-testid=current-user]")).ToContainTextAsync(UserName);
        await again.Context.CloseAsync();
    }

    private async Task<IPage> SignInExpectingChangeAsync(string password)
    {
        var page = await suite.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#signin-user", UserName);
        await page.FillAsync("#signin-password", password);
        await page.ClickAsync("#signin-submit");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/password$"));
        await Expect(page.Locator("[data-testid=password-change-required]")).ToBeVisibleAsync();
        return page;
    }

    private static async Task ChangeAsync(IPage page, string current, string next)
    {
        await page.FillAsync("#current-password", current);
        await page.FillAsync("#new-password", next);
        await page.FillAsync("#confirm-password", next);
        await page.ClickAsync("#password-submit");
        await page.WaitForSelectorAsync("[data-testid=current-user]");
    }
}
