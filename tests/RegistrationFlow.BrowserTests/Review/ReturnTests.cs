using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Review;

[Collection(BrowserCollection.Name)]
public sealed class ReturnTests(BrowserSuite suite)
{
    /// <summary>退回: the approver sends the application back to review with a reason; the timeline says so.</summary>
    [Fact]
    public async Task The_approver_returns_an_application_to_review_with_the_reason()
    {
        var application = await TestApplications.PassedAsync(suite.App, "蒋六");
        var approver = await suite.SignedInAsync("approver");
        await approver.GotoAsync($"/applications/{application.Id}");
        await BrowserSuite.WaitForInteractiveAsync(approver);
        await Expect(approver.Locator("[data-testid=case-step]")).ToContainTextAsync("核准");

        await approver.ClickAsync("#action-return");
        await approver.ClickAsync("#action-confirm");
        await Expect(approver.Locator("[data-testid=server-message]")).ToContainTextAsync("理由");

        // Nothing changed; the form is opened again for the reason.
        await Expect(approver.Locator("[data-testid=case-step]")).ToContainTextAsync("核准");
        await approver.ClickAsync("#action-return");
        await approver.FillAsync("#action-reason", "面积与测绘报告不符，请重新审核。");
        await approver.ClickAsync("#action-confirm");
        await Expect(approver.Locator("[data-testid=case-step]")).ToHaveTextAsync("审核");
        var returned = approver.Locator("[data-testid=timeline] tr[data-action=return]");
        await Expect(returned).ToContainTextAsync("面积与测绘报告不符");
        await Expect(returned).ToContainTextAsync("核准登簿 → 审核");
        await approver.Context.CloseAsync();
    }
}
