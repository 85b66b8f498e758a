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
    // The shipped files do not change while the service runs (changes go through the database): read them once.
    private readonly Lazy<IReadOnlyList<HolidayYear>> _fileYears = new(() => BusinessCalendarFiles.ReadHolidayYears(folder));
    private readonly Lazy<OfficeHours> _fileHours = new(() => BusinessCalendarFiles.ReadOfficeHours(folder));

    public TimeZoneInfo TimeZone => timeZone;

    /// <summary>From the files alone (before the database is reachable).</summary>
    public CalendarSnapshot FromFiles() => Build(new Dictionary<int, CalendarYearVersion>(), null);

    /// <summary>The files with the database's imported versions in force.</summary>
    public Task<CalendarSnapshot> LoadAsync(RegistrationDbContext db, CancellationToken cancellationToken) =>
        BuildAsync(db, null, null, cancellationToken);

    /// <summary>What the calendar would be with <paramref name="year"/> replaced (an import not yet stored).</summary>
    public Task<CalendarSnapshot> WithYearAsync(RegistrationDbContext db, CalendarYearVersion year, CancellationToken cancellationToken) =>
        BuildAsync(db, year, null, cancellationToken);

    /// <summary>What the calendar would be with other hall hours.</summary>
    public Task<CalendarSnapshot> WithHoursAsync(RegistrationDbContext db, OfficeHoursVersion hours, CancellationToken cancellationToken) =>
        BuildAsync(db, null, hours, cancellationToken);

    /// <summary>A cheap fingerprint of the database's calendar versions, compared with <see cref="CalendarSnapshot.Stamp"/>.</summary>
    public static async Task<string> StampAsync(RegistrationDbContext db, CancellationToken cancellationToken)
    {
        var years = await db.CalendarYearVersions.AsNoTracking()
            .GroupBy(v => v.Year).Select(g => new { Year = g.Key, Version = g.Max(v => v.Version) }).ToListAsync(cancellationToken);
        var hours = await db.OfficeHoursVersions.AsNoTracking().MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
        return $"{hours};{string.Join(',', years.OrderBy(y => y.Year).Select(y => $"{y.Year}:{y.Version}"))}";
    }

    private async Task<CalendarSnapshot> BuildAsync(RegistrationDbContext db, CalendarYearVersion? newYear, OfficeHoursVersion? newHours,
        CancellationToken cancellationToken)
    {
        var rows = await db.CalendarYearVersions.AsNoTracking().ToListAsync(cancellationToken);
        var years = rows.GroupBy(v => v.Year).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Version)!);
        if (newYear is not null) years[newYear.Year] = newYear;
        var hours = newHours ?? await db.OfficeHoursVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        return Build(years, hours);
    }

    private CalendarSnapshot Build(Dictionary<int, CalendarYearVersion> imported, OfficeHoursVersion? hoursVersion)
    {
        var years = _fileYears.Value.ToDictionary(y => y.Year);
        foreach (var (year, version) in imported)
            years[year] = HolidayFileParser.Parse($"import {year} v{version.Version}", version.Json);
        var hours = hoursVersion is null
            ? _fileHours.Value
            : OfficeHoursFileParser.Parse($"hours v{hoursVersion.Version}", hoursVersion.Json);
        var calendar = new BusinessCalendar(HolidayData.WithProvisionalYears(years.Values), hours, timeZone);
        return new CalendarSnapshot(calendar, imported.ToDictionary(p => p.Key, p => p.Value.Version), hoursVersion?.Version ?? 0);
    }
}
