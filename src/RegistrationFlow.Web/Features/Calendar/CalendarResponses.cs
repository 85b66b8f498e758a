using RegistrationFlow.Core.Calendar;

namespace RegistrationFlow.Web.Features.Calendar;

public sealed record WorkingDaysResponse(
    DateOnly From, DateOnly To, DateOnly CoveredFrom, DateOnly CoveredTo, IReadOnlyList<WorkingDayResponse> Days);

/// <summary>
/// One date. <c>kind</c>: weekday, weekend, holiday (放假) or make-up-working-day (调休上班). Opening and closing are
/// office-local times ("08:30"), null when the hall is closed. <c>provisional</c>: the year has no official notice yet and the
/// day was computed from the law; <c>note</c> says why such a day is off (the holiday, or its 补假).
/// </summary>
public sealed record WorkingDayResponse(
    DateOnly Date,
    string DayOfWeek,
    bool Working,
    string Kind,
    string? HolidayName,
    string? Opening,
    string? Closing,
    IReadOnlyList<string> Sessions,
    bool Provisional,
    string? Note)
{
    public static WorkingDayResponse From(CalendarDay day, TimeZoneInfo timeZone, string language) => new(
        day.Date,
        day.Date.DayOfWeek.ToString(),
        day.IsWorkingDay,
        KindWord(day.Kind),
        day.HolidayName,
        day.Opening is { } opening ? LocalTime(opening, timeZone) : null,
        day.Closing is { } closing ? LocalTime(closing, timeZone) : null,
        day.Sessions.Select(session => session.ToString()).ToList(),
        day.Provisional,
        day.Note?.For(language));

    private static string LocalTime(DateTimeOffset instant, TimeZoneInfo timeZone) =>
        TimeZoneInfo.ConvertTime(instant, timeZone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static string KindWord(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Weekday => "weekday",
        CalendarDayKind.Weekend => "weekend",
        CalendarDayKind.Holiday => "holiday",
        CalendarDayKind.MakeUpWorkingDay => "make-up-working-day",
        _ => kind.ToString(),
    };
}
