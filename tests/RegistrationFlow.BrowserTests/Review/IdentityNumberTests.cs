using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Review;

/// <summary>Identity numbers on the application page: unmasked only for the roles that compare them with documents.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IdentityNumberTests(BrowserSuite suite)
{
    [Fact]
    public async Task A_reviewer_may_unmask_the_parties_numbers_a_manager_may_not()
    {
        var application = await TestApplications.AcceptedAsync(suite.App, "赵六");
        var buyer = application.Parties.Single(p => p.Role == "buyer").IdNumber;
        var masked = RegistrationFlow.Core.Registration.Identifiers.IdentityNumberMask.Mask(buyer);
        var parties = "[data-testid=case-parties]";

        var reviewer = await suite.SignedInAsync("reviewer");
        await reviewer.GotoAsync($"/applications/{application.Id}");
        await BrowserSuite.WaitForInteractiveAsync(reviewer);
        await Expect(reviewer.Locator(parties)).ToContainTextAsync(masked);
        await reviewer.ClickAsync("#toggle-ids");
        await Expect(reviewer.Locator(parties)).ToContainTextAsync(buyer);
        await reviewer.Context.CloseAsync();

        var manager = await suite.SignedInAsync("manager");
        await manager.GotoAsync($"/applications/{application.Id}");
        await BrowserSuite.WaitForInteractiveAsync(manager);
        await Expect(manager.Locator(parties)).ToContainTextAsync(masked);
        await Expect(manager.Locator("#toggle-ids")).ToHaveCountAsync(0);
        await Expect(manager.Locator(parties)).Not.ToContainTextAsync(buyer);
        await manager.Context.CloseAsync();
    }
}
