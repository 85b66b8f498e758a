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

    /// <summary>The first provisional date (its year has no official notice yet) from <paramref name="from"/> through
    /// <paramref name="from"/> + <paramref name="days"/>, or null when every covered day there is official.</summary>
    public static DateOnly? FirstProvisionalDate(IBusinessCalendar calendar, DateOnly from, int days = WarningWindowDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        for (var date = from; date <= from.AddDays(days); date = new DateOnly(date.Year + 1, 1, 1))
        {
            if (date >= calendar.CoveredFrom && date <= calendar.CoveredTo && calendar.IsProvisional(date))
                return date;
        }
        return null;
    }

    /// <summary>From 1 October on, the next year still has no official notice (the State Council usually publishes it in the autumn).</summary>
    public static int? NextYearWithoutNotice(IBusinessCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var nextYear = new DateOnly(today.Year + 1, 1, 1);
        return today.Month >= 10 && nextYear <= calendar.CoveredTo && calendar.IsProvisional(nextYear) ? nextYear.Year : null;
    }

    public static LocalizedText ProvisionalWarningFor(DateOnly firstProvisional) => LocalizedText.Of(
        $"自 {firstProvisional:yyyy-MM-dd} 起的办结时限按法定节假日暂定计算（{firstProvisional.Year} 年放假安排尚未导入），以国务院当年放假安排为准；请在公布后导入。",
        $"Deadlines from {firstProvisional:yyyy-MM-dd} are provisional, computed from the statutory holidays ({firstProvisional.Year}'s notice is not imported); import the State Council's notice once published.");

    public static LocalizedText NextYearWarningFor(int year) => LocalizedText.Of(
        $"{year} 年的国务院放假安排尚未导入；公布后请在“业务日历”页面导入。",
        $"The State Council's holiday notice for {year} is not imported yet; import it on the calendar page once published.");

    /// <summary>The warning to show a manager or administrator when <see cref="FirstUncoveredDate"/> found a gap.</summary>
    public static LocalizedText WarningFor(DateOnly firstUncovered) => LocalizedText.Of(
        $"业务日历自 {firstUncovered:yyyy-MM-dd} 起没有节假日数据，届时无法计算办结时限；请导入 {firstUncovered.Year} 年节假日数据。",
        $"The business calendar has no holiday data from {firstUncovered:yyyy-MM-dd}; deadlines from then on cannot be computed. Load the {firstUncovered.Year} holiday file.");
}
