using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Counter;

[Collection(BrowserCollection.Name)]
public sealed class OwedMaterialIntakeTests(BrowserSuite suite)
{
    /// <summary>
    /// 容缺受理 at the counter: a mortgage whose loan contract has not arrived is accepted only with the applicant's promise
    /// date; the receipt says what is owed and by when; the case page shows it owed until the clerk records it supplied.
    /// </summary>
    [Fact]
    public async Task Clerk_accepts_a_mortgage_with_the_loan_contract_owed_and_records_it_when_it_arrives()
    {
        var clerk = await suite.SignedInAsync("clerk");
        await clerk.WaitForURLAsync("**/intake");
        await BrowserSuite.WaitForInteractiveAsync(clerk);
        await clerk.SelectOptionAsync("#intake-workflow", "mortgage-registration");
        await Expect(clerk.Locator("[data-testid=party-row]")).ToHaveCountAsync(2);
        await clerk.FillAsync("#intake-unit", "331082001001GB00001F00010002");
        await clerk.FillAsync("#intake-address", "临海市古城街道新城路88号3幢1单元102室");
        await clerk.FillAsync("#intake-area", "96.2");
        await clerk.FillAsync("#party-0-name", "周九");
        await clerk.FillAsync("#party-0-idNumber", TestApplications.ResidentIdNumber("331082", "19880506", 31));
        await clerk.FillAsync("#party-1-name", "临海某商业银行股份有限公司");
        await clerk.SelectOptionAsync("#party-1-idType", "uscc");
        await clerk.FillAsync("#party-1-idNumber", TestApplications.DeveloperCode);
        foreach (var id in new[] { "application-form", "identity-documents", "mortgagee-credentials", "property-certificate", "mortgage-contract", "interview-record" })
            await clerk.CheckAsync($"#material-{id}");

        // The loan contract may be owed: the form asks for the promise date, and accepting without one is refused.
        await Expect(clerk.Locator("[data-material-tolerable=loan-contract]")).ToContainTextAsync("可容缺");
        await Expect(clerk.Locator("[data-testid=owed-promise]")).ToContainTextAsync("借款合同");
        await clerk.ClickAsync("#intake-accept");
        await Expect(clerk.Locator("[data-testid=server-message]")).ToContainTextAsync("承诺补交的日期");
        await Expect(clerk).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/intake$"));

        await clerk.FillAsync("#promised-by", "2026-03-04");
        await Screenshots.SaveAsync(clerk, "intake-owed-zh");
        await clerk.ClickAsync("#intake-accept");
        await clerk.WaitForURLAsync("**/receipt");
        var owed = clerk.Locator("[data-testid=receipt-owed]");
        await Expect(owed).ToContainTextAsync("2026-03-04");
        await Expect(owed).ToContainTextAsync("借款合同");
        await Expect(clerk.Locator(".receipt-materials").First).Not.ToContainTextAsync("借款合同");
        await Screenshots.SaveAsync(clerk, "receipt-owed-zh");

        await clerk.Locator("a.btn[href^='/applications/']").Last.ClickAsync();
        await BrowserSuite.WaitForInteractiveAsync(clerk);
        await Expect(clerk.Locator("[data-testid=owed-loan-contract]")).ToContainTextAsync("2026-03-04");
        await clerk.ClickAsync("#supply-loan-contract");
        await Expect(clerk.Locator("[data-testid=server-message]")).ToContainTextAsync("已登记补交：借款合同");
        await Expect(clerk.Locator("[data-testid=owed-loan-contract]")).ToHaveCountAsync(0);
        await Expect(clerk.Locator("[data-testid=case-materials] li[data-material=loan-contract]")).ToContainTextAsync("已收");
        await clerk.Context.CloseAsync();
    }
}
