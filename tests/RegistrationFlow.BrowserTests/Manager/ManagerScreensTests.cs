using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Manager;

[Collection(BrowserCollection.Name)]
public sealed class ManagerScreensTests(BrowserSuite suite)
{
    [Fact]
    public async Task Dashboard_counts_today_and_lists_what_needs_attention_in_both_languages()
    {
        await TestApplications.AcceptedAsync(suite.App, "赵六");
        var page = await suite.SignedInAsync("manager");
        await page.WaitForURLAsync("**/manager");

        var accepted = int.Parse(await page.Locator("[data-testid=tile-accepted] .tile-value").InnerTextAsync());
        Assert.True(accepted >= 1);
        await Expect(page.Locator("[data-testid=chart-on-time]")).ToBeVisibleAsync();
        await Expect(page.Locator("#link-hangfire")).ToHaveAttributeAsync("href", "/hangfire");
        await Screenshots.SaveAsync(page, "dashboard-zh");

        await page.ClickAsync("#lang-en");
        await Expect(page.Locator("[data-testid=tile-on-time] .tile-title")).ToHaveTextAsync("On-time rate");
        await BrowserSuite.WaitForInteractiveAsync(page);
        // Every step label of the time-per-step chart is shown whole (none clipped by the label column).
        var labels = await page.Locator("[data-testid=chart-steps] .step-label").AllAsync();
        Assert.NotEmpty(labels);
        foreach (var label in labels)
        {
            var size = await label.EvaluateAsync<int[]>("e => [e.clientWidth, e.scrollWidth]");
            Assert.True(size[1] <= size[0], $"'{await label.InnerTextAsync()}' needs {size[1]} px but has {size[0]}");
        }
        await Screenshots.SaveAsync(page, "dashboard-en");
        await page.ClickAsync("#lang-zh");
        await Expect(page.Locator("[data-testid=tile-on-time] .tile-title")).ToHaveTextAsync("按时办结率");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Service_level_preview_gives_the_calendars_due_and_certificate_times()
    {
        var page = await suite.SignedInAsync("manager");
        await page.GotoAsync("/manager/service-level");
        await BrowserSuite.WaitForInteractiveAsync(page);
        await page.SelectOptionAsync("#preview-workflow", "commercial-housing-transfer");
        // Friday 30 January 2026 at 16:30, after the cut-off: due at Monday's closing, certificate Tuesday's opening.
        await page.FillAsync("#preview-accepted", "2026-01-30T16:30");
        await Expect(page.Locator("[data-testid=preview-due]")).ToHaveTextAsync("2026-02-02 17:00");
        await Expect(page.Locator("[data-testid=preview-certificate]")).ToHaveTextAsync("2026-02-03 08:30");
        await Screenshots.SaveAsync(page, "service-level-zh");
        await page.Context.CloseAsync();
    }
}
