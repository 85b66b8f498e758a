using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Reports;
using RegistrationFlow.Web.Hosting;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Features.Reports;

internal static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/daily", DailyAsync)
            .WithName("DailyReport")
            .WithSummary("One office-local day (default today): received, accepted, registered, registered on time, overdue " +
                         "(due that day and marked overdue), certificates ready, handed over.")
            .ProducesValidationProblem();
        return reports;
    }

    private static async Task<Results<Ok<DailyReport>, ValidationProblem>> DailyAsync(
        string? date, DailyReportQuery reports, IBusinessCalendar calendar, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        DateOnly day;
        if (string.IsNullOrWhiteSpace(date))
        {
            day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), calendar.TimeZone).DateTime);
        }
        else
        {
            var errors = new Dictionary<string, string[]>();
            day = QueryValues.Date(date, "date", errors, http);
            if (errors.Count > 0)
            {
                return RequestProblems.Invalid(errors);
            }
        }
        var report = await reports.ForAsync(day, cancellationToken);
        return TypedResults.Ok(report with
        {
            From = TimeZoneInfo.ConvertTime(report.From, calendar.TimeZone),
            To = TimeZoneInfo.ConvertTime(report.To, calendar.TimeZone),
        });
    }
}
