using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar;

/// <summary>Whether the holiday data reaches far enough ahead (the product warns when the coming 60 days are not covered).</summary>
public static class CalendarCoverage
{
    /// <summary>How far ahead the product expects the calendar to reach.</summary>
    public const int WarningWindowDays = 60;

    /// <summary>
    /// The first date from <paramref name="from"/> through <paramref name="from"/> + <paramref name="days"/> (both
    /// included) that the calendar does not cover, or null when all of them are covered.
    /// </summary>
    public static DateOnly? FirstUncoveredDate(IBusinessCalendar calendar, DateOnly from, int days = WarningWindowDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (from < calendar.CoveredFrom || from > calendar.CoveredTo)
            return from;
        var last = from.AddDays(days);
        return last > calendar.CoveredTo ? calendar.CoveredTo.AddDays(1) : null;
    }

    /// <summary>The warning to show a manager or administrator when <see cref="FirstUncoveredDate"/> found a gap.</summary>
    public static LocalizedText WarningFor(DateOnly firstUncovered) => LocalizedText.Of(
        $"业务日历自 {firstUncovered:yyyy-MM-dd} 起没有节假日数据，届时无法计算办结时限；请导入 {firstUncovered.Year} 年节假日数据。",
        $"The business calendar has no holiday data from {firstUncovered:yyyy-MM-dd}; deadlines from then on cannot be computed. Load the {firstUncovered.Year} holiday file.");
}
