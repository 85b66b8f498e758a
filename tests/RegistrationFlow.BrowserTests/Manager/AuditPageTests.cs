using RegistrationFlow.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Manager;

[Collection(BrowserCollection.Name)]
public sealed class AuditPageTests(BrowserSuite suite)
{
    [Fact]
    public async Task Admin_filters_the_trail_verifies_the_chain_and_a_manager_only_reads_it()
    {
        var admin = await suite.SignedInAsync("admin");
        await admin.GotoAsync("/audit");
        await BrowserSuite.WaitForInteractiveAsync(admin);

        await admin.FillAsync("#audit-user", "admin");
        await admin.FillAsync("#audit-action", "sign-in");
        await admin.ClickAsync("#audit-apply");
        // The filtered page replaces the unfiltered one: only the admin's sign-ins remain (the assertions retry until then).
        var rows = admin.Locator("[data-testid=audit] tbody tr[data-action]");
        await Expect(admin.Locator("[data-testid=audit] tbody tr[data-action]:not([data-actor='admin'][data-action='sign-in'])")).ToHaveCountAsync(0);
        await Expect(rows.First).ToHaveAttributeAsync("data-actor", "admin");
        await Expect(admin.Locator("#audit-export")).ToHaveAttributeAsync("href", "/api/audit/export.csv?user=admin&action=sign-in");

        await admin.ClickAsync("#audit-verify");
        await Expect(admin.Locator("[data-testid=audit-verify-result]")).ToHaveAttributeAsync("data-intact", "true");
        await Expect(admin.Locator("[data-testid=audit-verify-result]")).ToContainTextAsync("哈希链完整");
        await Screenshots.SaveAsync(admin, "audit-zh");
        await admin.Context.CloseAsync();

        var manager = await suite.SignedInAsync("manager");
        await manager.GotoAsync("/audit");
        await BrowserSuite.WaitForInteractiveAsync(manager);
        await Expect(manager.Locator("[data-testid=audit] tbody tr[data-action]").First).ToBeVisibleAsync();
        await Expect(manager.Locator("#audit-verify")).ToHaveCountAsync(0);
        await manager.Context.CloseAsync();
    }
}
