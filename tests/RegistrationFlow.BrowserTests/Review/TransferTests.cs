using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Review;

[Collection(BrowserCollection.Name)]
public sealed class TransferTests(BrowserSuite suite)
{
    [Fact]
    public async Task The_reviewer_hands_a_claimed_review_to_a_colleague_from_the_case_page()
    {
        var application = await TestApplications.AcceptedAsync(suite.App, "赵六");
        var reviewer = await suite.SignedInAsync("reviewer");
        await reviewer.GotoAsync($"/applications/{application.Id}");
        await BrowserSuite.WaitForInteractiveAsync(reviewer);

        await reviewer.ClickAsync("#case-claim");
        await reviewer.ClickAsync("#transfer-review");
        var form = reviewer.Locator("[data-testid=transfer-form]");
        await Expect(form).ToBeVisibleAsync();
        // Only colleagues the service would accept are offered: the other reviewer and lead, not the clerk or the approver.
        var options = await reviewer.Locator("#transfer-to option").AllTextContentsAsync();
        Assert.Contains(options, o => o.Contains("(reviewer2)"));
        Assert.DoesNotContain(options, o => o.Contains("(clerk)") || o.Contains("(approver)") || o.Contains("(reviewer)"));
        await reviewer.SelectOptionAsync("#transfer-to", "reviewer2");
        await reviewer.FillAsync("#transfer-reason", "下午外出办事");
        await Screenshots.SaveAsync(reviewer, "transfer-zh");
        await reviewer.ClickAsync("#transfer-confirm");

        await Expect(reviewer.Locator("[data-testid=server-message]")).ToHaveAttributeAsync("data-kind", "ok");
        var row = reviewer.Locator("[data-testid=timeline] tr[data-action=task-transferred]");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("转给 reviewer2");
        await Expect(row).ToContainTextAsync("下午外出办事");
        await Expect(reviewer.Locator("#transfer-review")).ToHaveCountAsync(0); // no longer theirs to hand on
        await reviewer.Context.CloseAsync();
    }
}
