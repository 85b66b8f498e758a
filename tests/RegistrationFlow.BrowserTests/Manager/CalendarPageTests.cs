using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.BrowserTests.Hosting;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Workflows;
using static Microsoft.Playwright.Assertions;

namespace RegistrationFlow.BrowserTests.Manager;

[Collection(BrowserCollection.Name)]
public sealed class CalendarPageTests(BrowserSuite suite)
{
    [Fact]
    public async Task The_manager_sees_a_provisional_year_checks_a_notice_previews_it_and_imports_it()
    {
        var page = await suite.SignedInAsync("manager");
        await page.ClickAsync("#nav-calendar");
        await page.WaitForURLAsync("**/manager/calendar");
        await BrowserSuite.WaitForInteractiveAsync(page);

        await page.SelectOptionAsync("#calendar-year", "2027");
        await Expect(page.Locator("[data-testid=year-source]")).ToHaveAttributeAsync("data-source", "provisional");
        var newYear = page.Locator("[data-testid=day-2027-01-01]");
        await Expect(newYear).ToHaveAttributeAsync("data-kind", "Holiday");
        await Expect(newYear).ToHaveAttributeAsync("data-provisional", "true");
        // 国庆 1–3 October 2027 is Friday to Sunday: 补假 on Monday 4 and Tuesday 5.
        await Expect(page.Locator("[data-testid=day-2027-10-05]")).ToHaveAttributeAsync("data-kind", "Holiday");
        await Expect(page.Locator("[data-testid=day-2027-10-05]")).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("补假"));
        await Screenshots.SaveAsync(page, "calendar-provisional-zh");

        // A notice without 国庆 on 1 October is refused, field by field, and the import stays disabled.
        await page.FillAsync("#notice-json", Notice(nationalDayOff: false));
        await page.ClickAsync("#notice-preview");
        await Expect(page.Locator("[data-testid=notice-errors]")).ToContainTextAsync("2027-10-01");
        await Expect(page.Locator("#notice-confirm")).ToBeDisabledAsync();

        await page.FillAsync("#notice-json", Notice(nationalDayOff: true));
        await page.ClickAsync("#notice-preview");
        await Expect(page.Locator("[data-testid=server-message]")).ToContainTextAsync("调休上班 1 天");
        await Expect(page.Locator("#notice-confirm")).ToBeEnabledAsync();
        await page.ClickAsync("#notice-confirm");

        await Expect(page.Locator("[data-testid=server-message]")).ToHaveAttributeAsync("data-kind", "ok");
        await Expect(page.Locator("[data-testid=year-source]")).ToHaveAttributeAsync("data-source", "import");
        await Expect(page.Locator("[data-testid=day-2027-02-12]")).ToHaveAttributeAsync("data-kind", "Holiday");
        await Expect(page.Locator("[data-testid=day-2027-02-20]")).ToHaveAttributeAsync("data-kind", "MakeUpWorkingDay");
        await Expect(page.Locator("[data-testid=day-2027-02-12]")).ToHaveAttributeAsync("data-provisional", "false");
        await Expect(page.Locator("[data-testid=notice-versions] li")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "calendar-imported-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_receipt_whose_promise_falls_in_a_year_without_a_notice_says_so()
    {
        // As if accepted on Friday 31 December 2027 after the cut-off: due in January 2028, a year without a notice
        // (1 January is a Saturday, 补假 on Monday 3 January, so due Tuesday 4 January). The due is the calendar's own.
        var application = await TestApplications.AcceptedAsync(suite.App, "钱七");
        var acceptedAt = new DateTimeOffset(2027, 12, 31, 16, 30, 0, TimeSpan.FromHours(8));
        await suite.App.InScopeAsync(async services =>
        {
            var calendar = services.GetRequiredService<IBusinessCalendar>();
            var level = services.GetRequiredService<WorkflowCatalog>().PublishedWorkflows.Single(w => w.Id == application.WorkflowId).Definition.ServiceLevel;
            var due = calendar.DueFor(acceptedAt, level);
            var db = services.GetRequiredService<RegistrationDbContext>();
            return await db.Applications.Where(a => a.Id == application.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.AcceptedAt, acceptedAt).SetProperty(a => a.DueAt, due));
        });

        var page = await suite.SignedInAsync("clerk");
        await page.GotoAsync($"/applications/{application.Id}/receipt");

        await Expect(page.Locator("[data-testid=receipt-due]")).ToContainTextAsync("2028-01-04 17:00");
        await Expect(page.Locator("[data-testid=receipt-due-provisional]")).ToContainTextAsync("以国务院当年放假安排为准");
        await Expect(page.Locator("[data-testid=receipt-pickup-provisional]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>2027: every statutory day, 春节 off 5–12 February with a make-up Saturday on the 20th.</summary>
    private static string Notice(bool nationalDayOff)
    {
        var days = new List<object>
        {
            Day("元旦", "2027-01-01", true), Day("清明节", "2027-04-05", true), Day("劳动节", "2027-05-01", true), Day("劳动节", "2027-05-02", true),
            Day("端午节", "2027-06-09", true), Day("中秋节", "2027-09-15", true), Day("国庆节", "2027-10-01", nationalDayOff),
            Day("国庆节", "2027-10-02", true), Day("国庆节", "2027-10-03", true), Day("春节", "2027-02-20", false),
        };
        for (var day = 5; day <= 12; day++) days.Add(Day("春节", $"2027-02-{day:00}", true));
        return System.Text.Json.JsonSerializer.Serialize(new { year = 2027, days });
    }

    private static object Day(string name, string date, bool isOffDay) => new { name, date, isOffDay };
}
