using Microsoft.Playwright;
using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Shell;

[Collection(BrowserCollection.Name)]
public sealed class ShellTests(BrowserSuite suite)
{
    [Fact]
    public async Task Sign_in_shows_who_is_signed_in_with_roles_and_office_in_Chinese_by_default()
    {
        var page = await suite.SignedInAsync("lead");

        await Expect(page.Locator("[data-testid=current-user]")).ToContainTextAsync("lead");
        await Expect(page.Locator("[data-testid=current-roles]")).ToContainTextAsync("审核");
        await Expect(page.Locator("[data-testid=current-roles]")).ToContainTextAsync("核准登簿");
        await Expect(page.Locator(".app-bar .office")).ToContainTextAsync("临海市");
        await Expect(page.Locator("#signout")).ToHaveTextAsync("退出");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_the_reason_on_the_sign_in_page()
    {
        var page = await suite.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#signin-user", "clerk");
        await page.FillAsync("#signin-password", "not-the-password");
        await page.ClickAsync("#signin-submit");

        await Expect(page.Locator(".signin-error")).ToContainTextAsync("用户名或密码错误");
        await Expect(page.Locator("[data-testid=current-user]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Language_switch_changes_the_labels_and_is_remembered_for_the_person()
    {
        var page = await suite.SignedInAsync("reviewer2");
        await Expect(page.Locator("#signout")).ToHaveTextAsync("退出");

        await page.ClickAsync("#lang-en");
        await Expect(page.Locator("#signout")).ToHaveTextAsync("Sign out");
        await Expect(page.Locator("[data-testid=current-roles]")).ToContainTextAsync("Reviewer");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        // Another browser with no cookies: the saved preference comes back at sign-in.
        var elsewhere = await suite.SignedInAsync("reviewer2", keepSavedLanguage: true);
        await Expect(elsewhere.Locator("#signout")).ToHaveTextAsync("Sign out");

        await elsewhere.ClickAsync("#lang-zh");
        await Expect(elsewhere.Locator("#signout")).ToHaveTextAsync("退出");
        await page.Context.CloseAsync();
        await elsewhere.Context.CloseAsync();
    }

    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page_and_pages_need_signing_in_again()
    {
        var page = await suite.SignedInAsync("manager");
        await page.ClickAsync("#signout");
        try
        {
            await page.WaitForURLAsync("**/signin", new() { Timeout = 7_000 });
        }
        catch (TimeoutException)
        {
            // Under a full test run on two cores the circuit can re-render the header as the click lands, and the
            // click is lost; a person would click again, and so does the test. A sign-out that never navigates still fails.
            await page.ClickAsync("#signout");
            await page.WaitForURLAsync("**/signin");
        }

        await page.GotoAsync("/manager");
        await page.WaitForURLAsync("**/signin**");
        await Expect(page.Locator("#signin-user")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1440)]
    [InlineData(1280)]
    public async Task The_header_keeps_every_control_inside_the_window_in_both_languages(int width)
    {
        var page = await suite.SignedInAsync("manager"); // the most links and the longest names
        foreach (var language in new[] { "zh-CN", "en" })
        {
            await page.SetViewportSizeAsync(width, 900);
            if (await page.GetAttributeAsync("html", "lang") != language)
            {
                await page.ClickAsync(language == "en" ? "#lang-en" : "#lang-zh");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            }
            await BrowserSuite.WaitForInteractiveAsync(page);
            await Expect(page.Locator(".app-bar .office")).ToContainTextAsync(language == "en" ? "Linhai Real Estate Registration Centre" : "临海市不动产登记中心");

            // Measured in one go in the page, so a re-render cannot swap an element between two reads.
            var outside = await page.EvaluateAsync<string[]>("""
                () => {
                    const bar = document.querySelector('.app-bar').getBoundingClientRect();
                    const width = document.documentElement.clientWidth;
                    return ['#signout', '#lang-en', '#lang-zh', '[data-testid=current-user]', '[data-testid=current-roles]', '#nav-hangfire', '.app-bar .office']
                        .map(s => [s, document.querySelector(s)?.getBoundingClientRect()])
                        .filter(([s, r]) => !r || r.width === 0 || r.left < 0 || r.right > width || r.bottom > bar.bottom)
                        .map(([s, r]) => s + (r ? ` at ${Math.round(r.left)}–${Math.round(r.right)}, bottom ${Math.round(r.bottom)} (bar ${Math.round(bar.bottom)})` : ' missing'));
                }
                """);
            Assert.True(outside.Length == 0, $"{language}, {width} px: {string.Join("; ", outside)}");
            Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        }
        await page.Context.CloseAsync();
    }
}
