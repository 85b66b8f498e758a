using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Calendar;

/// <summary>
/// Puts the calendar together: the shipped holiday files and hall hours (workflows folder), overridden by the latest
/// imported version of each year and of the hall hours in the database, every year without a notice up to
/// <see cref="Core.Calendar.Provisional.StatutoryHolidays.LastYear"/> provisional.
/// </summary>
public sealed class CalendarSources(WorkflowsFolder folder, TimeZoneInfo timeZone)
{
    public TimeZoneInfo TimeZone => timeZone;

    /// <summary>From the files alone (before the database is reachable).</summary>
    public CalendarSnapshot FromFiles() => Build(new Dictionary<int, CalendarYearVersion>(), null);

    /// <summary>The files with the database's imported versions in force.</summary>
    public async Task<CalendarSnapshot> LoadAsync(RegistrationDbContext db, CancellationToken cancellationToken)
    {
        var years = await LatestYearsAsync(db, cancellationToken);
        var hours = await db.OfficeHoursVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        return Build(years, hours);
    }

    /// <summary>What the calendar would be with <paramref name="year"/> replaced (an import not yet stored).</summary>
    public async Task<CalendarSnapshot> WithYearAsync(RegistrationDbContext db, CalendarYearVersion year, CancellationToken cancellationToken)
    {
        var years = await LatestYearsAsync(db, cancellationToken);
        years[year.Year] = year;
        var hours = await db.OfficeHoursVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        return Build(years, hours);
    }

    /// <summary>What the calendar would be with other hall hours.</summary>
    public async Task<CalendarSnapshot> WithHoursAsync(RegistrationDbContext db, OfficeHoursVersion hours, CancellationToken cancellationToken) =>
        Build(await LatestYearsAsync(db, cancellationToken), hours);

    /// <summary>A cheap fingerprint of the database's calendar versions, compared with <see cref="CalendarSnapshot.Stamp"/>.</summary>
    public static async Task<string> StampAsync(RegistrationDbContext db, CancellationToken cancellationToken)
    {
        var years = await db.CalendarYearVersions.AsNoTracking()
            .GroupBy(v => v.Year).Select(g => new { Year = g.Key, Version = g.Max(v => v.Version) }).ToListAsync(cancellationToken);
        var hours = await db.OfficeHoursVersions.AsNoTracking().MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
        return $"{hours};{string.Join(',', years.OrderBy(y => y.Year).Select(y => $"{y.Year}:{y.Version}"))}";
    }

    private static async Task<Dictionary<int, CalendarYearVersion>> LatestYearsAsync(RegistrationDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.CalendarYearVersions.AsNoTracking().ToListAsync(cancellationToken);
        return rows.GroupBy(v => v.Year).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Version)!);
    }

    private CalendarSnapshot Build(Dictionary<int, CalendarYearVersion> imported, OfficeHoursVersion? hoursVersion)
    {
        var files = BusinessCalendarFiles.ReadHolidayYears(folder).ToDictionary(y => y.Year);
        foreach (var (year, version) in imported)
            files[year] = HolidayFileParser.Parse($"import {year} v{version.Version}", version.Json);
        var hours = hoursVersion is null
            ? BusinessCalendarFiles.ReadOfficeHours(folder)
            : OfficeHoursFileParser.Parse($"hours v{hoursVersion.Version}", hoursVersion.Json);
        var calendar = new BusinessCalendar(HolidayData.WithProvisionalYears(files.Values), hours, timeZone);
        return new CalendarSnapshot(calendar, imported.ToDictionary(p => p.Key, p => p.Value.Version), hoursVersion?.Version ?? 0);
    }
}
