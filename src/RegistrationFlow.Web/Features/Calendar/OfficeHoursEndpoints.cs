using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Web.Hosting;
using RegistrationFlow.Web.Problems;
using RegistrationFlow.Web.Security;

namespace RegistrationFlow.Web.Features.Calendar;

/// <summary>The hall hours per season (夏令/冬令时), read by anyone signed in and changed by a manager or admin.</summary>
internal static class OfficeHoursEndpoints
{
    public static void MapOfficeHoursEndpoints(this RouteGroupBuilder calendar)
    {
        calendar.MapGet("/hours", GetAsync)
            .WithName("OfficeHours")
            .WithSummary("The hall hours in force (seasons with their sessions) and the stored versions.");
        calendar.MapPut("/hours", SaveAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Manager, RoleNames.Admin))
            .WithName("SaveOfficeHours")
            .WithSummary("Stores new hall hours as a version (manager or admin), audited: `{ \"seasons\": [ { \"name\", \"from\": \"MM-dd\", " +
                         "\"sessions\": [\"08:30-12:00\", …] } ] }`. Deadlines computed from now on use them; promises given stand.")
            .Accepts<object>("application/json")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<OfficeHoursResponse>> GetAsync(LiveBusinessCalendar calendar, OfficeHoursEdits edits, CancellationToken cancellationToken)
    {
        return TypedResults.Ok(OfficeHoursResponse.From(calendar.Hours, calendar.Snapshot.HoursVersion,
            await VersionsAsync(edits, calendar, cancellationToken)));
    }

    private static async Task<Results<Ok<OfficeHoursResponse>, ProblemHttpResult>> SaveAsync(
        OfficeHoursEdits edits, LiveBusinessCalendar calendar, HttpContext http, CancellationToken cancellationToken)
    {
        var json = await CalendarRequests.ReadTextAsync(http.Request, cancellationToken);
        var staff = http.User.ToStaffMember();
        var result = await edits.SaveAsync(json, staff, staff.CalendarRole(), cancellationToken);
        if (result is OfficeHoursResult.Invalid invalid)
            return RequestProblems.Unprocessable(http, invalid.Errors.ToDictionary(e => e.Field, e => new[] { http.Localize(e.Message) }));
        var saved = (OfficeHoursResult.Saved)result;
        return TypedResults.Ok(OfficeHoursResponse.From(saved.Hours, saved.Version, await VersionsAsync(edits, calendar, cancellationToken)));
    }

    private static async Task<List<OfficeHoursVersionSummary>> VersionsAsync(OfficeHoursEdits edits, LiveBusinessCalendar calendar, CancellationToken cancellationToken) =>
        (await edits.VersionsAsync(cancellationToken))
            .Select(v => new OfficeHoursVersionSummary(v.Version, TimeZoneInfo.ConvertTime(v.ChangedAt, calendar.TimeZone), v.ChangedBy)).ToList();
}

public sealed record OfficeSeasonResponse(string Name, string From, IReadOnlyList<string> Sessions);

public sealed record OfficeHoursVersionSummary(int Version, DateTimeOffset ChangedAt, string ChangedBy);

/// <summary><c>version</c> 0: the shipped <c>office/hours.json</c> is in force.</summary>
public sealed record OfficeHoursResponse(int Version, IReadOnlyList<OfficeSeasonResponse> Seasons, IReadOnlyList<OfficeHoursVersionSummary> Versions)
{
    public static OfficeHoursResponse From(OfficeHours hours, int version, IReadOnlyList<OfficeHoursVersionSummary> versions) => new(
        version,
        hours.Seasons.Select(s => new OfficeSeasonResponse(s.Name, s.StartsOn.ToString(), s.Sessions.Select(x => x.ToString()).ToList())).ToList(),
        versions);
}
