using System.Globalization;

namespace RegistrationFlow.Core.Calendar.Provisional;

/// <summary>Gregorian dates of the lunar festivals, from .NET's <see cref="ChineseLunisolarCalendar"/> (tables for 1901–2100).</summary>
public static class LunarDates
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>正月初一 of the lunar year that starts in Gregorian <paramref name="year"/>.</summary>
    public static DateOnly SpringFestival(int year) => FromLunar(year, 1, 1);

    /// <summary>除夕: the day before 正月初一 (the last day of the twelfth month, 29th or 30th).</summary>
    public static DateOnly SpringFestivalEve(int year) => SpringFestival(year).AddDays(-1);

    /// <summary>端午: 五月初五.</summary>
    public static DateOnly DragonBoat(int year) => FromLunar(year, 5, 5);

    /// <summary>中秋: 八月十五.</summary>
    public static DateOnly MidAutumn(int year) => FromLunar(year, 8, 15);

    /// <summary>
    /// A lunar month and day in the lunar year numbered like <paramref name="year"/>. The calendar counts a leap month
    /// (闰月) as its own month index, so regular months from the leap month on move one index up.
    /// </summary>
    public static DateOnly FromLunar(int year, int month, int day)
    {
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
