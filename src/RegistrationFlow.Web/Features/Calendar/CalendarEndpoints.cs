using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Web.Hosting;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Features.Calendar;

internal static class CalendarEndpoints
{
    /// <summary>The longest range one request may list (a leap year).</summary>
    public const int MaxDays = 366;

    public static RouteGroupBuilder MapCalendarEndpoints(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("Calendar");
        calendar.MapGet("/working-days", WorkingDays)
            .WithName("WorkingDays")
            .WithSummary("Each date from `from` to `to` (office-local, inclusive, at most 366 days): working or not, why, and the hall hours.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        calendar.MapCalendarYearEndpoints();
        calendar.MapOfficeHoursEndpoints();
        return calendar;
    }

    private static Results<Ok<WorkingDaysResponse>, ValidationProblem, ProblemHttpResult> WorkingDays(
        string? from, string? to, LiveBusinessCalendar calendar, HttpContext http)
    {
        var errors = new Dictionary<string, string[]>();
        var first = QueryValues.Date(from, "from", errors, http, inRange: false);
        var last = QueryValues.Date(to, "to", errors, http, inRange: false);
        if (errors.Count == 0 && last < first)
        {
            errors["to"] = [http.Localize(CalendarTexts.EndBeforeStart)];
        }
        else if (errors.Count == 0 && last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            errors["to"] = [http.Localize(CalendarTexts.RangeTooLong(MaxDays))];
        }
        if (errors.Count > 0)
        {
            return RequestProblems.Invalid(errors);
        }

        if (first < calendar.CoveredFrom || last > calendar.CoveredTo)
        {
            var outside = first < calendar.CoveredFrom ? first : calendar.CoveredTo.AddDays(1);
            return CalendarProblems.NotCovered(http, new CalendarNotCoveredException(outside, calendar.CoveredFrom, calendar.CoveredTo));
        }

        var days = new List<WorkingDayResponse>(last.DayNumber - first.DayNumber + 1);
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            days.Add(WorkingDayResponse.From(calendar.Describe(date), calendar.TimeZone, RequestLanguage.Of(http)));
        }
        return TypedResults.Ok(new WorkingDaysResponse(first, last, calendar.CoveredFrom, calendar.CoveredTo, days));
    }
}
