using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Counter;

[Collection(BrowserCollection.Name)]
public sealed class IntakeLanguageTests(BrowserSuite suite)
{
    [Fact]
    public async Task Intake_labels_and_inline_errors_follow_the_language_switch()
    {
        var page = await suite.SignedInAsync("clerk");
        await page.WaitForURLAsync("**/intake");
        await page.ClickAsync("#lang-en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Counter intake");
        await BrowserSuite.WaitForInteractiveAsync(page);

        await page.SelectOptionAsync("#intake-workflow", "commercial-housing-transfer");
        await page.FillAsync("#intake-unit", "331082001001QB00001F00010001");
        await Expect(page.Locator("[data-error-for='property.unitNumber']")).ToContainTextAsync("parcel feature code");
        await page.FillAsync("#party-0-idNumber", "110105194912310021");
        await Expect(page.Locator("[data-error-for='parties[0].idNumber']")).ToContainTextAsync("should be X");
        await Screenshots.SaveAsync(page, "intake-errors-en");

        await page.ClickAsync("#lang-zh");
        await Expect(page.Locator("h1")).ToHaveTextAsync("窗口受理");
        await page.Context.CloseAsync();
    }
}
