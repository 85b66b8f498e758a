using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Review;

[Collection(BrowserCollection.Name)]
public sealed class SeparationOfDutiesTests(BrowserSuite suite)
{
    [Fact]
    public async Task Lead_who_reviewed_sees_why_approval_is_not_theirs_and_no_live_button()
    {
        var application = await TestApplications.AcceptedAsync(suite.App, "王五");
        var lead = await suite.SignedInAsync("lead");
        await lead.GotoAsync($"/applications/{application.Id}");
        await BrowserSuite.WaitForInteractiveAsync(lead);

        await lead.ClickAsync("#action-pass");
        await lead.ClickAsync("#action-confirm");
        await Expect(lead.Locator("[data-testid=case-step]")).ToHaveAttributeAsync("data-step", "approval");

        // The engine's reason is on the page, in the reader's language, and the approval's buttons are dead.
        var reason = lead.Locator("[data-testid=separation-of-duties][data-step=approval]");
        await Expect(reason).ToContainTextAsync("按不相容岗位分离规定不得再办理");
        await Expect(lead.Locator("#action-approve")).ToHaveAttributeAsync("data-offered", "false");
        await Expect(lead.Locator("#action-approve")).ToBeDisabledAsync();
        await Expect(lead.Locator("#action-return")).ToBeDisabledAsync();
        await Expect(lead.Locator("body")).Not.ToContainTextAsync("一岗双责");
        await Screenshots.SaveAsync(lead, "separation-of-duties-zh");

        await lead.ClickAsync("#lang-en");
        await Expect(reason).ToContainTextAsync("separation of duties forbids you");
        await lead.ClickAsync("#lang-zh");
        await Expect(lead.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

        await lead.GotoAsync("/worklist");
        await BrowserSuite.WaitForInteractiveAsync(lead);
        var row = lead.Locator($"[data-testid=worklist-row][data-receipt='{application.ReceiptNumber}']");
        await Expect(row.Locator("[data-testid=separation-of-duties]")).ToHaveCountAsync(1);
        await Expect(row.Locator("[data-testid=claim]")).ToHaveCountAsync(0);
        await lead.Context.CloseAsync();
    }
}
