using Microsoft.Playwright;
using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Counter;

[Collection(BrowserCollection.Name)]
public sealed class IntakeByKeyboardTests(BrowserSuite suite)
{
    /// <summary>
    /// The whole way of an application through the screens: the clerk types it in by keyboard only, is told at once
    /// that an ID number's check character is wrong, corrects it, accepts and gets a receipt; the reviewer passes it
    /// and the approver registers it from their worklists; the next morning the clerk finds the certificate by the
    /// buyer's name at the pick-up desk and hands it over.
    /// </summary>
    [Fact]
    public async Task Clerk_enters_by_keyboard_reviewer_passes_approver_registers()
    {
        var clerk = await suite.SignedInAsync("clerk");
        await clerk.WaitForURLAsync("**/intake");
        await Screenshots.SaveAsync(clerk, "intake-empty-zh");

        // Workflow first: it drives the checklist and the parties.
        await clerk.Keyboard.PressAsync("Alt+1");
        await Expect(clerk.Locator("#intake-workflow")).ToBeFocusedAsync();
        await clerk.Keyboard.PressAsync("ArrowDown");
        await Expect(clerk.Locator("[data-testid=workflow-needs]")).ToContainTextAsync("买受人");
        await Expect(clerk.Locator("[data-testid=party-row]")).ToHaveCountAsync(2);

        await clerk.Keyboard.PressAsync("Tab");
        await Expect(clerk.Locator("#intake-unit")).ToBeFocusedAsync();
        await clerk.Keyboard.TypeAsync("331082001001GB00001F00010001");
        await clerk.Keyboard.PressAsync("Tab");
        await clerk.Keyboard.TypeAsync("临海市古城街道新城路88号3幢1单元101室");
        await clerk.Keyboard.PressAsync("Tab");
        await clerk.Keyboard.TypeAsync("89.5");
        await clerk.Keyboard.PressAsync("Tab"); // use: residential already
        await clerk.Keyboard.PressAsync("Tab");
        await clerk.Keyboard.TypeAsync("1250000");

        // Buyer: a wrong check character is named at once, with the one expected.
        await clerk.Keyboard.PressAsync("Tab"); // role (buyer)
        await clerk.Keyboard.PressAsync("Tab");
        await Expect(clerk.Locator("#party-0-name")).ToBeFocusedAsync();
        await clerk.Keyboard.TypeAsync("张三");
        await clerk.Keyboard.PressAsync("Tab"); // id type (resident ID)
        await clerk.Keyboard.PressAsync("Tab");
        await Expect(clerk.Locator("#party-0-idNumber")).ToBeFocusedAsync();
        await clerk.Keyboard.TypeAsync("110105194912310021");
        var idError = clerk.Locator("[data-error-for='parties[0].idNumber']");
        await Expect(idError).ToContainTextAsync("校验码应为 X，而不是 1");
        await Screenshots.SaveAsync(clerk, "intake-id-error-zh");
        await clerk.Keyboard.PressAsync("Backspace");
        await clerk.Keyboard.TypeAsync("x");
        await Expect(idError).ToHaveCountAsync(0);

        // Enter adds a co-buyer below and puts the cursor in the new name.
        await clerk.Keyboard.PressAsync("Enter");
        await Expect(clerk.Locator("[data-testid=party-row]")).ToHaveCountAsync(3);
        await Expect(clerk.Locator("#party-1-name")).ToBeFocusedAsync();
        await clerk.Keyboard.TypeAsync("李四");
        await clerk.Keyboard.PressAsync("Tab");
        await clerk.Keyboard.PressAsync("Tab");
        await clerk.Keyboard.TypeAsync(TestApplications.ResidentIdNumber("331082", "19920304", 22));
        await clerk.Keyboard.PressAsync("Tab"); // share: empty = joint ownership
        await clerk.Keyboard.PressAsync("Tab"); // remove
        await clerk.Keyboard.PressAsync("Tab"); // seller's role
        await clerk.Keyboard.PressAsync("Tab");
        await Expect(clerk.Locator("#party-2-name")).ToBeFocusedAsync();
        await clerk.Keyboard.TypeAsync("临海新城置业有限公司");
        await clerk.Keyboard.PressAsync("Tab");
        await clerk.Keyboard.PressAsync("ArrowDown"); // unified social credit code
        await clerk.Keyboard.PressAsync("Tab");
        await clerk.Keyboard.TypeAsync(TestApplications.DeveloperCode);

        // Materials: Alt+M to the checklist, Space ticks, Tab moves on.
        await clerk.Keyboard.PressAsync("Alt+M");
        foreach (var id in new[] { "application-form", "identity-documents", "developer-credentials", "sale-contract", "deed-tax-proof",
                     "developer-first-registration", "advance-registration-proof", "purchase-invoice", "marriage-papers", "interview-record" })
        {
            await Expect(clerk.Locator($"#material-{id}")).ToBeFocusedAsync();
            if (id is not ("advance-registration-proof" or "marriage-papers"))
            {
                await clerk.Keyboard.PressAsync("Space");
                await Expect(clerk.Locator($"#material-{id}")).ToBeCheckedAsync();
            }
            await clerk.Keyboard.PressAsync("Tab");
        }
        await Expect(clerk.Locator("[data-testid=party-row] .field-error, [data-error-for]")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(clerk, "intake-filled-zh");

        await Expect(clerk.Locator("#intake-accept")).ToBeFocusedAsync();
        await clerk.Keyboard.PressAsync("Alt+A");

        await clerk.WaitForURLAsync("**/receipt");
        var receiptNumber = (await clerk.Locator("[data-testid=receipt-number]").InnerTextAsync()).Trim();
        Assert.Matches("^LH20260302\\d{4}$", receiptNumber);
        await Expect(clerk.Locator("[data-testid=receipt-accepted-at]")).ToContainTextAsync("2026-03-02 09:");
        await Expect(clerk.Locator("[data-testid=receipt-due]")).ToHaveTextAsync("2026-03-02 17:00");
        await Expect(clerk.Locator("[data-testid=receipt-pickup]")).ToContainTextAsync("2026-03-03 08:30");
        await Expect(clerk.Locator("[data-testid=receipt-qr]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(clerk, "receipt-zh");
        await clerk.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Expect(clerk.Locator(".app-bar")).ToBeHiddenAsync();
        await clerk.Context.CloseAsync();

        // Reviewer: from the worklist, claim, open, pass.
        var reviewer = await suite.SignedInAsync("reviewer");
        await reviewer.WaitForURLAsync("**/worklist");
        var row = reviewer.Locator($"[data-testid=worklist-row][data-receipt='{receiptNumber}']");
        await Expect(row.Locator(".deadline")).ToHaveAttributeAsync("data-state", "ok");
        await row.Locator("[data-testid=claim]").ClickAsync();
        await Expect(row).ToContainTextAsync("我");
        await Screenshots.SaveAsync(reviewer, "worklist-zh");
        await row.Locator("[data-testid=open]").ClickAsync();
        await Expect(reviewer.Locator("[data-testid=case-step]")).ToHaveAttributeAsync("data-step", "review");
        await Expect(reviewer.Locator("[data-testid=case-parties]")).ToContainTextAsync("110105********002X");
        await Screenshots.SaveAsync(reviewer, "application-review-zh");
        await reviewer.ClickAsync("#action-pass");
        await reviewer.ClickAsync("#action-confirm");
        await Expect(reviewer.Locator("[data-testid=server-message]")).ToContainTextAsync("已办理");
        await Expect(reviewer.Locator("[data-testid=case-step]")).ToHaveAttributeAsync("data-step", "approval");
        await reviewer.Context.CloseAsync();

        // Approver: registers it (登簿); the certificate number is allocated.
        var approver = await suite.SignedInAsync("approver");
        var approverRow = approver.Locator($"[data-testid=worklist-row][data-receipt='{receiptNumber}']");
        await approverRow.Locator("[data-testid=open]").ClickAsync();
        await approver.ClickAsync("#action-approve");
        await approver.ClickAsync("#action-confirm");
        await Expect(approver.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", "registered");
        await Expect(approver.Locator("[data-testid=case-certificate]")).ToContainTextAsync("浙(2026)临海市不动产权第");
        await Expect(approver.Locator("[data-testid=timeline]")).ToContainTextAsync("核准登簿");
        await Screenshots.SaveAsync(approver, "application-registered-zh");
        var applicationId = Guid.Parse(approver.Url.Split('/')[^1]);
        await approver.Context.CloseAsync();

        // Next working day's opening: the certificate is ready (次日领证).
        var ready = await TestApplications.CertificateReadyAsync(suite.App, applicationId);
        Assert.Equal("ready-for-pickup", ready.Status);
        var desk = await suite.SignedInAsync("clerk");
        await desk.GotoAsync("/pickup");
        await BrowserSuite.WaitForInteractiveAsync(desk);
        await desk.Keyboard.PressAsync("Alt+F");
        await desk.Keyboard.TypeAsync("张三");
        var pickupRow = desk.Locator($"[data-testid=pickup-list] tr[data-receipt='{receiptNumber}']");
        await Expect(pickupRow).ToContainTextAsync("浙(2026)临海市不动产权第");
        await Screenshots.SaveAsync(desk, "pickup-zh");
        await pickupRow.Locator("[data-testid=handover]").ClickAsync();
        await pickupRow.Locator("[data-testid=handover-confirm]").ClickAsync();
        await Expect(desk.Locator("[data-testid=server-message]")).ToContainTextAsync("已发证");
        await Expect(pickupRow).ToHaveCountAsync(0);
        await desk.GotoAsync($"/applications/{applicationId}");
        await Expect(desk.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", "completed");
        await desk.Context.CloseAsync();
    }
}
