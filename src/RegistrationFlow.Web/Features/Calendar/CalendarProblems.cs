using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Features.Calendar;

internal static class CalendarProblems
{
    /// <summary>422: the question needs a date outside the holiday data; names the date and the dates covered.</summary>
    public static ProblemHttpResult NotCovered(HttpContext http, CalendarNotCoveredException error) => TypedResults.Problem(
        title: http.Localize(CalendarTexts.NotCoveredTitle),
        detail: http.Localize(error.Text),
        statusCode: StatusCodes.Status422UnprocessableEntity,
        extensions: new Dictionary<string, object?>
        {
            ["code"] = "calendar-not-covered",
            ["date"] = error.Date.ToString("yyyy-MM-dd"),
            ["coveredFrom"] = error.CoveredFrom.ToString("yyyy-MM-dd"),
            ["coveredTo"] = error.CoveredTo.ToString("yyyy-MM-dd"),
        });
}
