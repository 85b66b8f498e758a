using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar.Provisional;

/// <summary>
/// A year's holidays computed from the law while the State Council's notice for it is not yet known: the statutory days
/// off, and for each one that falls on a Saturday or Sunday — or on the same date as another statutory day — one 补假
/// on the next working day (Article 6). No make-up working days are invented: those only the notice can set.
/// </summary>
public static class ProvisionalYear
{
    public const string SourceName = "provisional";

    public static HolidayYear Compute(int year)
    {
        var statutory = StatutoryHolidays.Of(year);
        var days = new SortedDictionary<DateOnly, HolidayDay>();
        var owed = new List<(StatutoryHoliday Holiday, LocalizedText Why)>();
        foreach (var holiday in statutory)
        {
            if (days.TryGetValue(holiday.Date, out var already))
            {
                days[holiday.Date] = already with { Name = $"{already.Name}、{holiday.Name}" };
                owed.Add((holiday, LocalizedText.Of(
                    $"补假：{holiday.Name}与{already.Name}同在 {holiday.Date:MM-dd}",
                    $"In lieu: {holiday.Description.EnUs} falls on the same day as another holiday ({holiday.Date:MM-dd})")));
                continue;
            }
            days[holiday.Date] = new HolidayDay(holiday.Date, holiday.Name, IsOffDay: true, holiday.Description);
            if (IsWeekend(holiday.Date))
                owed.Add((holiday, LocalizedText.Of(
                    $"补假：{holiday.Name}（{holiday.Date:MM-dd}）适逢{ChineseDayOfWeek(holiday.Date.DayOfWeek)}",
                    $"In lieu: {holiday.Description.EnUs} ({holiday.Date:MM-dd}) falls on a {holiday.Date.DayOfWeek}")));
        }

        foreach (var (holiday, why) in owed)
        {
            var date = holiday.Date.AddDays(1);
            while (IsWeekend(date) || days.ContainsKey(date))
                date = date.AddDays(1);
            days[date] = new HolidayDay(date, holiday.Name, IsOffDay: true, why);
        }
        return new HolidayYear(year, SourceName, days.Values.ToList(), Provisional: true);
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static string ChineseDayOfWeek(DayOfWeek day) => day == DayOfWeek.Saturday ? "星期六" : "星期日";
}
