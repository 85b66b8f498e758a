using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Shell;

[Collection(BrowserCollection.Name)]
public sealed class ForgivingScreensTests(BrowserSuite suite)
{
    [Fact]
    public async Task A_page_the_person_may_not_open_says_so_and_names_who_may()
    {
        var clerk = await suite.SignedInAsync("clerk");
        var response = await clerk.GotoAsync("/manager");
        Assert.Equal(403, response!.Status); // said in words, with the status a 403 is
        var notice = clerk.Locator("[data-testid=not-permitted]");
        await Expect(notice).ToContainTextAsync("无权打开此页面");
        await Expect(clerk.Locator("[data-testid=not-permitted-roles]")).ToContainTextAsync("科室负责人、系统管理员");
        await Expect(clerk).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/forbidden\\?ReturnUrl=%2Fmanager$"));
        await Expect(clerk.Locator("#signin-user")).ToHaveCountAsync(0); // not bounced to sign in again
        await clerk.Context.CloseAsync();
    }

    [Fact]
    public async Task The_site_has_its_icon_and_a_reconnect_dialog_in_the_users_language()
    {
        var page = await suite.SignedInAsync("manager");
        var icon = await page.Locator("link[rel=icon]").GetAttributeAsync("href");
        Assert.NotNull(icon);
        var response = await page.APIRequest.GetAsync(icon!);
        Assert.Equal(200, response.Status);
        Assert.Contains("svg", response.Headers["content-type"]);
        var dialog = page.Locator("#components-reconnect-modal");
        await Expect(dialog).ToHaveCountAsync(1);
        await Expect(dialog).ToBeHiddenAsync();
        Assert.Contains("正在重新连接", await dialog.InnerHTMLAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_half_typed_intake_comes_back_after_the_page_is_lost_and_can_be_discarded()
    {
        var clerk = await suite.SignedInAsync("clerk");
        await clerk.WaitForURLAsync("**/intake");
        await BrowserSuite.WaitForInteractiveAsync(clerk);
        await clerk.SelectOptionAsync("#intake-workflow", "mortgage-registration");
        await clerk.FillAsync("#intake-unit", "331082001001GB00001F00010003");
        await clerk.FillAsync("#party-0-name", "吴十");
        await clerk.CheckAsync("#material-application-form");
        await Expect(clerk.Locator("#material-application-form")).ToBeCheckedAsync();

        // The circuit is gone (a reload stands for a dropped connection or a restarted server): the form comes back.
        await clerk.ReloadAsync();
        await BrowserSuite.WaitForInteractiveAsync(clerk);
        await Expect(clerk.Locator("[data-testid=draft-restored]")).ToContainTextAsync("已恢复");
        await Expect(clerk.Locator("#intake-workflow")).ToHaveValueAsync("mortgage-registration");
        await Expect(clerk.Locator("#intake-unit")).ToHaveValueAsync("331082001001GB00001F00010003");
        await Expect(clerk.Locator("#party-0-name")).ToHaveValueAsync("吴十");
        await Expect(clerk.Locator("#material-application-form")).ToBeCheckedAsync();

        await clerk.ClickAsync("#draft-discard");
        await Expect(clerk.Locator("[data-testid=draft-restored]")).ToHaveCountAsync(0);
        await clerk.ReloadAsync();
        await BrowserSuite.WaitForInteractiveAsync(clerk);
        await Expect(clerk.Locator("#intake-workflow")).ToHaveValueAsync("");
        await Expect(clerk.Locator("[data-testid=draft-restored]")).ToHaveCountAsync(0);
        await clerk.Context.CloseAsync();
    }
}
