using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Review;

[Collection(BrowserCollection.Name)]
public sealed class SearchAndPaymentTests(BrowserSuite suite)
{
    /// <summary>The reviewer finds an application by the applicant's whole ID number from the worklist's one search box.</summary>
    [Fact]
    public async Task A_reviewer_finds_an_application_by_the_applicants_id_number()
    {
        var application = await TestApplications.AcceptedAsync(suite.App, "褚四");
        var idNumber = application.Parties.Single(p => p.Role == "buyer").IdNumber;
        var reviewer = await suite.SignedInAsync("reviewer");
        await reviewer.WaitForURLAsync("**/worklist");
        await BrowserSuite.WaitForInteractiveAsync(reviewer);

        await reviewer.FillAsync("#filter-query", idNumber);
        var rows = reviewer.Locator("[data-testid=worklist-row]");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToHaveAttributeAsync("data-receipt", application.ReceiptNumber);
        await Screenshots.SaveAsync(reviewer, "search-by-id-zh");
        await reviewer.Context.CloseAsync();
    }

    /// <summary>缴费 on the case page: a wrong amount is refused beside the form, a payment is taken, then voided with its reason.</summary>
    [Fact]
    public async Task The_clerk_takes_the_fee_on_the_case_page_and_voids_a_mistaken_payment()
    {
        var application = await TestApplications.AcceptedAsync(suite.App, "卫五");
        var clerk = await suite.SignedInAsync("clerk");
        await clerk.GotoAsync($"/applications/{application.Id}");
        await BrowserSuite.WaitForInteractiveAsync(clerk);
        var panel = clerk.Locator("[data-testid=fee-panel]");
        await Expect(panel.Locator("[data-testid=fee-due]")).ToHaveTextAsync("80");

        await clerk.FillAsync("#payment-amount", "100");
        await clerk.ClickAsync("#payment-take");
        await Expect(panel.Locator("[data-testid=payment-errors]")).ToContainTextAsync("超过尚欠的 80 元");

        await clerk.FillAsync("#payment-amount", "80");
        await clerk.SelectOptionAsync("#payment-method", "card");
        await clerk.FillAsync("#payment-reference", "POS-7788");
        await clerk.ClickAsync("#payment-take");
        await Expect(panel.Locator("[data-testid=fee-outstanding]")).ToHaveTextAsync("已缴清");
        await Screenshots.SaveAsync(clerk, "fee-paid-zh");

        await panel.Locator(".void-reason").FillAsync("刷卡金额有误");
        await panel.Locator("[data-testid=void-payment]").ClickAsync();
        await Expect(panel.Locator("[data-testid=payments] tr.voided")).ToContainTextAsync("刷卡金额有误");
        await Expect(panel.Locator("[data-testid=fee-paid]")).ToHaveTextAsync("0");
        await clerk.Context.CloseAsync();
    }
}
