using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar;

public enum CalendarDayKind
{
    /// <summary>Monday to Friday with no holiday.</summary>
    Weekday,
    /// <summary>Saturday or Sunday with no holiday notice entry.</summary>
    Weekend,
    /// <summary>A public holiday off day (放假).</summary>
    Holiday,
    /// <summary>A 调休 make-up working day on a weekend.</summary>
    MakeUpWorkingDay,
}

/// <summary>
/// What the calendar says about one date, for listings; opening and closing are null on a day the hall is closed.
/// <paramref name="Provisional"/>: the year has no official notice yet; <paramref name="Note"/> says why a provisional day is off.
/// </summary>
public sealed record CalendarDay(
    DateOnly Date,
    CalendarDayKind Kind,
    bool IsWorkingDay,
    string? HolidayName,
    DateTimeOffset? Opening,
    DateTimeOffset? Closing,
    IReadOnlyList<OfficeSession> Sessions,
    bool Provisional = false,
    LocalizedText? Note = null);
