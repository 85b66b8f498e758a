using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Features.Calendar;

internal static class CalendarProblems
{
    /// <summary>422: the question needs a date outside the holiday data; names the date and the dates covered.</summary>
    public static ProblemHttpResult NotCovered(HttpContext http, CalendarNotCoveredException error, int status = StatusCodes.Status422UnprocessableEntity) => TypedResults.Problem(
        title: http.Localize(CalendarTexts.NotCoveredTitle),
        detail: http.Localize(error.Text),
        statusCode: status,
        extensions: new Dictionary<string, object?>
        {
            ["code"] = "calendar-not-covered",
            ["date"] = error.Date.ToString("yyyy-MM-dd"),
            ["coveredFrom"] = error.CoveredFrom.ToString("yyyy-MM-dd"),
            ["coveredTo"] = error.CoveredTo.ToString("yyyy-MM-dd"),
        });

    /// <summary>404: no such imported version of the year.</summary>
    public static ProblemHttpResult UnknownVersion(HttpContext http, int year, int version) => TypedResults.Problem(
        title: http.Localize(CalendarTexts.UnknownVersionTitle),
        detail: http.Localize(CalendarTexts.UnknownVersion(year, version)),
        statusCode: StatusCodes.Status404NotFound,
        extensions: new Dictionary<string, object?> { ["code"] = "calendar-version-not-found" });
}
