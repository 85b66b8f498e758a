using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Review;

[Collection(BrowserCollection.Name)]
public sealed class SeparationOfDutiesTests(BrowserSuite suite)
{
    [Fact]
    public async Task Lead_who_reviewed_is_refused_approval_with_the_servers_reason_shown()
    {
        var application = await TestApplications.AcceptedAsync(suite.App, "王五");
        var lead = await suite.SignedInAsync("lead");
        await lead.GotoAsync($"/applications/{application.Id}");
        await BrowserSuite.WaitForInteractiveAsync(lead);

        await lead.ClickAsync("#action-pass");
        await lead.ClickAsync("#action-confirm");
        await Expect(lead.Locator("[data-testid=case-step]")).ToHaveAttributeAsync("data-step", "approval");

        // The server no longer offers lead the approval; lead tries anyway and is told why.
        await Expect(lead.Locator("#action-approve")).ToHaveAttributeAsync("data-offered", "false");
        await lead.ClickAsync("#action-approve");
        await lead.ClickAsync("#action-confirm");
        var message = lead.Locator("[data-testid=server-message]");
        await Expect(message).ToHaveAttributeAsync("data-kind", "error");
        await Expect(message).ToContainTextAsync("一岗双责");
        await Expect(lead.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", "in-progress");
        var refusalRow = lead.Locator("[data-testid=timeline] tr[data-action=separation-of-duties-refused]");
        await Expect(refusalRow).ToHaveCountAsync(1);
        await Expect(refusalRow).ToContainTextAsync("按岗位分离（一岗双责）规定不得再办理"); // the note in the reader's language
        await Screenshots.SaveAsync(lead, "separation-of-duties-zh");

        await lead.ClickAsync("#lang-en");
        await Expect(refusalRow).ToContainTextAsync("separation of duties forbids you");
        await lead.ClickAsync("#lang-zh");
        await Expect(lead.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await lead.Context.CloseAsync();
    }
}
