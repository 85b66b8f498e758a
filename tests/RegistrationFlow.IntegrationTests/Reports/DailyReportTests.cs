using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Reports;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Reports;

/// <summary>Monday 2 March 2026 (closing 17:00) and Tuesday 3 March in Linhai.</summary>
public sealed class DailyReportTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static readonly DateTimeOffset MondayClosing = new(2026, 3, 2, 17, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset TuesdayOpening = new(2026, 3, 3, 8, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_day_is_counted_from_its_applications_and_certificates_and_reported_to_the_managers_once_after_closing()
    {
        await host.CreateAsync();                                  // received only
        var late = await host.AcceptedAsync();                     // accepted, never registered: overdue at 17:00:01
        var onTime = await host.RegisteredAsync();                 // accepted and registered at once

        var beforeClosing = await host.InScopeAsync(services => services.GetRequiredService<DailyReportJob>().RunAsync(CancellationToken.None));
        Assert.Null(beforeClosing);

        host.Clock.Advance(MondayClosing.AddSeconds(1) - host.Clock.GetUtcNow());
        await host.WaitUntilFiredAsync((await host.DeadlineAsync(late.Id, DeadlineKind.Breach)).Id);

        using var client = host.CreateClient(await host.SignInAsync("manager")); // signed in now: tokens expire on the product clock
        var monday = await client.GetFromJsonAsync<DailyReport>("/api/reports/daily?date=2026-03-02");
        Assert.Equal(new DailyReport(new DateOnly(2026, 3, 2), new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(8)),
            new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.FromHours(8)),
            Received: 3, Accepted: 2, Registered: 1, RegisteredOnTime: 1, Overdue: 1, CertificatesReady: 0, HandedOver: 0), monday! with { Fees = null });
        Assert.Equal((0m, 0m), (monday.Fees!.Received, monday.Fees.Voided));

        var posted = await host.InScopeAsync(services => services.GetRequiredService<DailyReportJob>().RunAsync(CancellationToken.None));
        Assert.Equal(monday with { From = posted!.From, To = posted.To, Fees = null }, posted with { Fees = null });
        await host.InScopeAsync(services => services.GetRequiredService<DailyReportJob>().RunAsync(CancellationToken.None));
        var report = Assert.Single(await host.NotificationsAsync(), n => n.Template == DailyReportJob.Template);
        Assert.Equal("manager", report.Recipient);
        Assert.Contains("2026-03-02", report.TextEnUs);
        Assert.Contains("overdue 1", report.TextEnUs);

        host.Clock.Advance(TuesdayOpening - host.Clock.GetUtcNow());
        await host.WaitUntilFiredAsync((await host.DeadlineAsync(onTime.Id, DeadlineKind.CertificateReady)).Id);
        await host.ActAsync(onTime.Id, "hand-over", Staff.Clerk, new ActionInput(Collector: new RegistrationFlow.Core.Registration.Pickup.CollectorInput
        {
            Capacity = "applicant", Name = "张三", IdType = "resident-id", IdNumber = "11010519491231002X",
        }, Payment: new RegistrationFlow.Core.Registration.Payments.PaymentInput { Method = "cash" }));

        using var tuesdayClient = host.CreateClient(await host.SignInAsync("manager"));
        var tuesday = await tuesdayClient.GetFromJsonAsync<DailyReport>("/api/reports/daily");  // today, office time
        Assert.Equal(new DateOnly(2026, 3, 3), tuesday!.Date);
        Assert.Equal((0, 0, 0, 0, 1, 1), (tuesday.Received, tuesday.Accepted, tuesday.Registered, tuesday.Overdue, tuesday.CertificatesReady, tuesday.HandedOver));
        // The fee taken with the hand-over: 80 yuan in cash by the clerk.
        Assert.Equal((80m, 0m, 80m), (tuesday.Fees!.Received, tuesday.Fees.Voided, tuesday.Fees.Net));
        Assert.Equal(80m, tuesday.Fees.ByMethod["cash"]);
        Assert.Equal(80m, tuesday.Fees.ByCashier["clerk"]);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("02/03/2026")]
    [InlineData("yesterday")]
    public async Task A_date_that_is_not_yyyy_MM_dd_is_a_400_naming_the_parameter(string date)
    {
        using var client = host.CreateClient(await host.SignInAsync("manager"));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.GetAsync($"/api/reports/daily?date={Uri.EscapeDataString(date)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemBody>();
        Assert.Contains("yyyy-MM-dd", Assert.Single(problem!.Errors["date"]));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("2100-01-01")]
    [InlineData("1999-12-31")]
    public async Task A_date_outside_the_years_the_product_knows_is_a_400_naming_the_parameter_and_the_range(string date)
    {
        using var client = host.CreateClient(await host.SignInAsync("manager"));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.GetAsync($"/api/reports/daily?date={date}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemBody>();
        Assert.Equal("date must be between 2000-01-01 and 2099-12-31.", Assert.Single(problem!.Errors["date"]));
    }
}
