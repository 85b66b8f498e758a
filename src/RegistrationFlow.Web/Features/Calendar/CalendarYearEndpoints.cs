using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Calendar.Provisional;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Web.Hosting;
using RegistrationFlow.Web.Problems;
using RegistrationFlow.Web.Security;

namespace RegistrationFlow.Web.Features.Calendar;

/// <summary>The holiday years in force, their imported versions, and the yearly import of the State Council's notice.</summary>
internal static class CalendarYearEndpoints
{
    public static void MapCalendarYearEndpoints(this RouteGroupBuilder calendar)
    {
        calendar.MapGet("/years", ListYears)
            .WithName("CalendarYears")
            .WithSummary("Each year from the first in the data to next year: where its days come from (file, import, provisional) and its version.");
        calendar.MapGet("/years/{year:int}", GetYearAsync)
            .WithName("CalendarYear")
            .WithSummary("A year's holiday days in force (provisional days with the reason) and its imported versions.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        calendar.MapGet("/years/{year:int}/versions/{version:int}", GetVersionAsync)
            .WithName("CalendarYearVersion")
            .WithSummary("One imported version of a year as it was stored (holiday-cn JSON).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        calendar.MapPost("/years/{year:int}", ImportAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Manager, RoleNames.Admin))
            .WithName("ImportCalendarYear")
            .WithSummary("Checks a year's official holiday notice (holiday-cn JSON: days of {name, date, isOffDay}) and previews which " +
                         "promises of open applications it moves; with `confirm=true` stores it as a new version and moves them (manager or admin).")
            .Accepts<object>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static Ok<List<CalendarYearSummary>> ListYears(LiveBusinessCalendar calendar, TimeProvider time)
    {
        var snapshot = calendar.Snapshot;
        var thisYear = TimeZoneInfo.ConvertTime(time.GetUtcNow(), calendar.TimeZone).Year;
        var last = Math.Min(calendar.CoveredTo.Year, Math.Max(thisYear + 1, snapshot.ImportedYears.Keys.DefaultIfEmpty(0).Max()));
        var years = new List<CalendarYearSummary>();
        for (var year = calendar.CoveredFrom.Year; year <= last; year++)
        {
            var (source, version) = snapshot.SourceOf(year);
            years.Add(new CalendarYearSummary(year, source, version, source == "provisional"));
        }
        return TypedResults.Ok(years);
    }

    private static async Task<Results<Ok<CalendarYearResponse>, ProblemHttpResult>> GetYearAsync(
        int year, LiveBusinessCalendar calendar, CalendarImports imports, HttpContext http, CancellationToken cancellationToken)
    {
        var holidays = calendar.Holidays.Years.FirstOrDefault(y => y.Year == year);
        if (holidays is null)
            return CalendarProblems.NotCovered(http, new CalendarNotCoveredException(new DateOnly(Math.Clamp(year, 1, 9999), 1, 1), calendar.CoveredFrom, calendar.CoveredTo), StatusCodes.Status404NotFound);
        var (source, version) = calendar.Snapshot.SourceOf(year);
        var versions = await imports.VersionsAsync(year, cancellationToken);
        var language = RequestLanguage.Of(http);
        return TypedResults.Ok(new CalendarYearResponse(year, source, version, holidays.Provisional,
            holidays.Days.Select(d => new CalendarYearDay(d.Date, d.Name, d.IsOffDay, d.Note?.For(language))).ToList(),
            versions.Select(v => new CalendarYearVersionSummary(v.Version, TimeZoneInfo.ConvertTime(v.ImportedAt, calendar.TimeZone), v.ImportedBy, v.MovedPromises)).ToList()));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetVersionAsync(
        int year, int version, CalendarImports imports, HttpContext http, CancellationToken cancellationToken)
    {
        var row = (await imports.VersionsAsync(year, cancellationToken)).FirstOrDefault(v => v.Version == version);
        return row is null
            ? CalendarProblems.UnknownVersion(http, year, version)
            : TypedResults.Text(row.Json, "application/json", Encoding.UTF8);
    }

    private static async Task<Results<Ok<CalendarImportResponse>, Created<CalendarImportResponse>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        int year, bool? confirm, CalendarImports imports, LiveBusinessCalendar calendar, HttpContext http, CancellationToken cancellationToken)
    {
        var json = await CalendarRequests.ReadTextAsync(http.Request, cancellationToken);

        var staff = http.User.ToStaffMember();
        var role = staff.CalendarRole();
        var result = confirm == true
            ? await imports.ImportAsync(year, json, staff, role, cancellationToken)
            : await imports.PreviewAsync(year, json, cancellationToken);
        switch (result)
        {
            case CalendarImportResult.Invalid invalid:
                var errors = invalid.Errors.GroupBy(e => e.Field)
                    .ToDictionary(g => g.Key, g => g.Select(e => http.Localize(e.Message)).ToArray());
                return invalid.Errors.Any(e => e.Field == "$") ? RequestProblems.Invalid(errors) : RequestProblems.Unprocessable(http, errors);
            case CalendarImportResult.Preview preview:
                return TypedResults.Ok(CalendarImportResponse.From(preview.Year, null, preview.CurrentVersion, preview.Changes, calendar.TimeZone, stored: false));
            case CalendarImportResult.Imported imported:
                return TypedResults.Created($"/api/calendar/years/{year}/versions/{imported.Version}",
                    CalendarImportResponse.From(imported.Year, imported.Version, imported.Version - 1, imported.Changes, calendar.TimeZone, stored: true));
            default:
                throw new InvalidOperationException($"Unexpected import result {result}.");
        }
    }
}

public sealed record CalendarYearSummary(int Year, string Source, int? Version, bool Provisional);

public sealed record CalendarYearDay(DateOnly Date, string Name, bool IsOffDay, string? Note);

public sealed record CalendarYearVersionSummary(int Version, DateTimeOffset ImportedAt, string ImportedBy, int MovedPromises);

/// <summary><c>source</c>: file (shipped), import (with <c>version</c>) or provisional (computed from the law).</summary>
public sealed record CalendarYearResponse(int Year, string Source, int? Version, bool Provisional,
    IReadOnlyList<CalendarYearDay> Days, IReadOnlyList<CalendarYearVersionSummary> Versions);

/// <summary>One promise the import moves: <c>field</c> is dueAt, certificateReadyAt or supplementExpiresAt; instants office-local.</summary>
public sealed record PromiseChangeResponse(Guid ApplicationId, string ReceiptNumber, string Field, DateTimeOffset From, DateTimeOffset To);

/// <summary>
/// The checked notice and its effect. <c>stored</c> false: a preview, nothing written (send again with <c>confirm=true</c>);
/// true: stored as <c>version</c>, in force, the changes made.
/// </summary>
public sealed record CalendarImportResponse(int Year, bool Stored, int? Version, int PreviousVersion, int Holidays, int MakeUpWorkingDays,
    IReadOnlyList<PromiseChangeResponse> Changes)
{
    public static CalendarImportResponse From(HolidayYear year, int? version, int previousVersion,
        IReadOnlyList<PromiseChange> changes, TimeZoneInfo timeZone, bool stored) => new(
        year.Year, stored, version, previousVersion,
        year.Days.Count(d => d.IsOffDay), year.Days.Count(d => !d.IsOffDay),
        changes.Select(c => new PromiseChangeResponse(c.ApplicationId, c.ReceiptNumber, PromiseRecalculator.KindWord(c.Kind),
            TimeZoneInfo.ConvertTime(c.From, timeZone), TimeZoneInfo.ConvertTime(c.To, timeZone))).ToList());
}
