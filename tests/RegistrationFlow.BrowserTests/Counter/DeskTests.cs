using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Counter;

[Collection(BrowserCollection.Name)]
public sealed class DeskTests(BrowserSuite suite)
{
    [Fact]
    public async Task Clerk_records_the_supplement_that_arrived_and_resubmits_it_for_review()
    {
        var application = await TestApplications.AwaitingSupplementAsync(suite.App, "孙七", "deed-tax-proof");
        var page = await suite.SignedInAsync("clerk");
        await page.GotoAsync("/supplement");
        await BrowserSuite.WaitForInteractiveAsync(page);

        var row = page.Locator($"[data-testid=supplement-list] tr[data-receipt='{application.ReceiptNumber}']");
        await Expect(row).ToContainTextAsync("契税完税凭证");
        await row.Locator("[data-testid=record]").ClickAsync();
        await Expect(page.Locator("#arrived-deed-tax-proof")).ToBeCheckedAsync();
        await Screenshots.SaveAsync(page, "supplement-zh");
        await page.ClickAsync("#resubmit");

        await Expect(page.Locator("[data-testid=server-message]")).ToContainTextAsync("已重新提交审核");
        await Expect(row).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
