using Microsoft.Playwright;
using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Counter;

/// <summary>The printable notices: 补正通知书, 不予登记告知书 (with the remedies and their last days), 领证签收单 — each on A4.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoticeTests(BrowserSuite suite)
{
    private static async Task PrintPreviewAsync(IPage page, string screenshot)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Expect(page.Locator(".app-bar")).ToBeHiddenAsync();
        await Expect(page.Locator("#notice-print")).ToBeHiddenAsync();
        await Screenshots.SaveAsync(page, screenshot);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
    }

    [Fact]
    public async Task The_supplement_notice_lists_what_is_missing_from_the_case_page()
    {
        var application = await TestApplications.AwaitingSupplementAsync(suite.App, "郑一", "deed-tax-proof", "purchase-invoice");
        var clerk = await suite.SignedInAsync("clerk");
        await clerk.GotoAsync($"/applications/{application.Id}");
        await BrowserSuite.WaitForInteractiveAsync(clerk);
        await clerk.ClickAsync("#notice-supplement");

        var notice = clerk.Locator("[data-testid=notice][data-kind=supplement]");
        await Expect(notice).ToContainTextAsync("补正通知书");
        await Expect(notice).ToContainTextAsync("临海市不动产登记中心");
        await Expect(notice).ToContainTextAsync(application.ReceiptNumber);
        var missing = clerk.Locator("[data-testid=notice-missing-materials] li");
        await Expect(missing).ToHaveCountAsync(2);
        await Expect(missing.First).ToContainTextAsync("契税");
        await Expect(clerk.Locator("[data-testid=notice-qr]")).ToBeVisibleAsync();
        await PrintPreviewAsync(clerk, "notice-supplement-print");
        await clerk.Context.CloseAsync();
    }

    [Fact]
    public async Task The_refusal_notice_gives_the_reason_and_the_applicants_remedies_with_their_last_days()
    {
        var application = await TestApplications.RefusedAsync(suite.App, "王二", "房屋已被法院查封，不能办理转移登记。");
        var clerk = await suite.SignedInAsync("clerk");
        await clerk.GotoAsync($"/applications/{application.Id}/notices/refusal");
        await BrowserSuite.WaitForInteractiveAsync(clerk);

        await Expect(clerk.Locator("[data-testid=notice-reason]")).ToHaveTextAsync("房屋已被法院查封，不能办理转移登记。");
        var remedies = clerk.Locator("[data-testid=notice-remedies]");
        await Expect(remedies).ToContainTextAsync("六十日内向临海市人民政府申请行政复议");
        await Expect(remedies).ToContainTextAsync("六个月内向临海市人民法院提起行政诉讼");
        await PrintPreviewAsync(clerk, "notice-refusal-print");

        // A notice that does not apply to the application says so instead of printing a blank.
        await clerk.GotoAsync($"/applications/{application.Id}/notices/supplement");
        await Expect(clerk.Locator("[data-testid=notice-missing]")).ToContainTextAsync("没有这份文书");
        await clerk.Context.CloseAsync();
    }

    [Fact]
    public async Task The_collection_receipt_has_the_certificate_number_and_lines_to_sign()
    {
        // Registered: the sign sheet is prepared with the certificate (the clock is not moved: other tests share it).
        var registered = await TestApplications.RegisteredAsync(suite.App, "冯三");
        var clerk = await suite.SignedInAsync("clerk");
        await clerk.GotoAsync($"/applications/{registered.Id}");
        await BrowserSuite.WaitForInteractiveAsync(clerk);
        await clerk.ClickAsync("#notice-pickup");

        await Expect(clerk.Locator("[data-testid=notice-certificate]")).ToHaveTextAsync(registered.CertificateNumber!);
        await Expect(clerk.Locator("[data-testid=notice][data-kind=pickup]")).ToContainTextAsync("委托代理人");
        await PrintPreviewAsync(clerk, "notice-pickup-print");
        await clerk.Context.CloseAsync();
    }
}
