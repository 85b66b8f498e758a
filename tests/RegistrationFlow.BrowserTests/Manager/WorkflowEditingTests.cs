using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Manager;

[Collection(BrowserCollection.Name)]
public sealed class WorkflowEditingTests(BrowserSuite suite)
{
    private const string Workflow = "mortgage-cancellation";

    [Fact]
    public async Task Manager_sees_a_problem_at_its_line_fixes_it_publishes_and_sees_the_new_version_and_its_diagram()
    {
        var page = await suite.SignedInAsync("manager");
        await page.GotoAsync("/manager/workflows");
        await BrowserSuite.WaitForInteractiveAsync(page);
        var row = page.Locator($"[data-testid=workflow-list] tr[data-workflow={Workflow}]");
        await Expect(row.Locator("[data-version='1'][data-published=true]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "workflows-zh");

        await row.Locator("a").First.ClickAsync();
        await Expect(page.Locator("[data-testid=diagram] svg")).ToBeVisibleAsync();
        await page.ClickAsync("#tab-editor");
        var editor = page.Locator("#draft-text");
        await Expect(editor).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^version: 2$", System.Text.RegularExpressions.RegexOptions.Multiline));
        await Expect(page.Locator("[data-testid=draft-status]")).ToHaveAttributeAsync("data-problems", "0");

        // A role nobody has: the problem is shown at the line it is on, in the list and in the gutter.
        var text = await editor.InputValueAsync();
        var lines = text.Split('\n');
        var roleLine = Array.FindIndex(lines, l => l.Trim() == "role: approver") + 1;
        Assert.True(roleLine > 0, "the shipped definition has an approver step");
        await editor.FillAsync(text.Replace("role: approver", "role: aprover"));
        await Expect(page.Locator($"[data-testid=draft-problems] li[data-line='{roleLine}']")).ToContainTextAsync($"第 {roleLine} 行");
        await Expect(page.Locator($"#draft-gutter .gutter-problem[data-line='{roleLine}']")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "draft-editor-problem-zh");

        // Publishing waits until the draft has no problems, and says why (the server refuses it too: API tests).
        await Expect(page.Locator("#draft-publish")).ToBeDisabledAsync();
        await Expect(page.Locator("[data-testid=publish-blocked]")).ToContainTextAsync("1 处问题");

        // Fixed (and one real change): no problems, publish with confirmation.
        await editor.FillAsync(text.Replace("warn-before: 60m", "warn-before: 90m"));
        await Expect(page.Locator("[data-testid=draft-status]")).ToHaveAttributeAsync("data-problems", "0");
        await page.ClickAsync("#draft-publish");
        await Expect(page.Locator("[data-testid=publish-confirmation]")).ToContainTextAsync("第 2 版");
        await page.ClickAsync("#publish-confirm");

        await Expect(page.Locator("[data-testid=versions] [data-version='2']")).ToHaveAttributeAsync("data-published", "true");
        await Expect(page.Locator("[data-testid=versions] [data-version='1']")).ToHaveAttributeAsync("data-published", "false");
        await Expect(page.Locator("[data-testid=diagram][data-version='2'] svg")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "workflow-diagram-zh");

        await page.ClickAsync("#tab-compare");
        var changed = page.Locator("[data-testid=diff] tr.diff-changed");
        await Expect(changed.Filter(new() { HasText = "warn-before: 90m" })).ToHaveCountAsync(1);
        await Expect(changed.Filter(new() { HasText = "version: 2" })).ToHaveCountAsync(1);
        // Within the line only what changed is marked; what did not change around it is folded; the summary says what.
        await Expect(changed.Filter(new() { HasText = "warn-before: 90m" }).Locator("td.right mark.diff-word")).ToHaveTextAsync("90m");
        await Expect(page.Locator("[data-testid=diff] tr.diff-fold").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=diff-summary]")).ToContainTextAsync("提前预警：60 分钟 → 90 分钟");
        await Screenshots.SaveAsync(page, "workflow-diff-zh");
        var shown = await page.Locator("[data-testid=diff] tbody tr, [data-testid=diff] > tr").CountAsync();
        await page.Locator("[data-testid=unfold]").First.ClickAsync();
        await Expect(page.Locator("[data-testid=diff] tr.diff-unchanged")).Not.ToHaveCountAsync(0);
        Assert.True(await page.Locator("[data-testid=diff] tr").CountAsync() > shown);

        await page.GotoAsync("/manager/workflows");
        await Expect(page.Locator($"[data-testid=workflow-list] tr[data-workflow={Workflow}] [data-version='2'][data-published=true]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}

[Collection(BrowserCollection.Name)]
public sealed class PublishConfirmationTests(BrowserSuite suite)
{
    [Fact]
    public async Task Publishing_asks_first_saying_how_many_open_applications_stay_on_the_published_version()
    {
        await TestApplications.AcceptedAsync(suite.App, "孙七");
        var page = await suite.SignedInAsync("manager");
        await page.GotoAsync($"/manager/workflows/{TestApplications.Workflow}?tab=editor");
        await BrowserSuite.WaitForInteractiveAsync(page);
        var editor = page.Locator("#draft-text");
        await Expect(page.Locator("[data-testid=draft-status]")).ToHaveAttributeAsync("data-problems", "0");
        await editor.FillAsync((await editor.InputValueAsync()).Replace("warn-before: 60m", "warn-before: 45m"));
        await Expect(page.Locator("[data-testid=draft-status]")).ToHaveAttributeAsync("data-problems", "0");

        await page.ClickAsync("#draft-publish");

        await Expect(page.Locator("[data-testid=publish-open-applications]")).ToContainTextAsync("件在办申请，发布后它们仍按第 1 版办结");
        await page.ClickAsync("#publish-cancel"); // the suite's other tests work on version 1
        await Expect(page.Locator("[data-testid=publish-confirmation]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
