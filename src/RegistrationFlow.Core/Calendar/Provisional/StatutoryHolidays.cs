using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar.Provisional;

/// <summary>
/// The days off of 《全国年节及纪念日放假办法》 as revised in 2024 (in force from 2025): 元旦 1, 春节 4 (除夕 to 初三),
/// 清明节 1, 劳动节 2, 端午节 1, 中秋节 1, 国庆节 3 — thirteen days a year.
/// </summary>
public static class StatutoryHolidays
{
    /// <summary>The first year under the 2024 revision; earlier years had 11 days and are only read from official data.</summary>
    public const int FirstYear = 2025;
    /// <summary>The last year the solar-term formula and the lunar tables both serve.</summary>
    public const int LastYear = SolarTerms.LastYear;

    public static bool Serves(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>The statutory days of <paramref name="year"/> in date order; two holidays may share a date.</summary>
    public static IReadOnlyList<StatutoryHoliday> Of(int year)
    {
        if (!Serves(year))
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Statutory holidays are computed for {FirstYear}–{LastYear}.");

        var eve = LunarDates.SpringFestivalEve(year);
        var days = new List<StatutoryHoliday>
        {
            new(new DateOnly(year, 1, 1), "元旦", LocalizedText.Of("元旦", "New Year's Day")),
            new(eve, "春节", LocalizedText.Of("春节（除夕）", "Spring Festival (New Year's Eve)")),
            new(eve.AddDays(1), "春节", LocalizedText.Of("春节（正月初一）", "Spring Festival (1st day)")),
            new(eve.AddDays(2), "春节", LocalizedText.Of("春节（正月初二）", "Spring Festival (2nd day)")),
            new(eve.AddDays(3), "春节", LocalizedText.Of("春节（正月初三）", "Spring Festival (3rd day)")),
            new(SolarTerms.Qingming(year), "清明节", LocalizedText.Of("清明节", "Qingming Festival")),
            new(new DateOnly(year, 5, 1), "劳动节", LocalizedText.Of("劳动节", "Labour Day")),
            new(new DateOnly(year, 5, 2), "劳动节", LocalizedText.Of("劳动节", "Labour Day")),
            new(LunarDates.DragonBoat(year), "端午节", LocalizedText.Of("端午节", "Dragon Boat Festival")),
            new(LunarDates.MidAutumn(year), "中秋节", LocalizedText.Of("中秋节", "Mid-Autumn Festival")),
            new(new DateOnly(year, 10, 1), "国庆节", LocalizedText.Of("国庆节", "National Day")),
            new(new DateOnly(year, 10, 2), "国庆节", LocalizedText.Of("国庆节", "National Day")),
            new(new DateOnly(year, 10, 3), "国庆节", LocalizedText.Of("国庆节", "National Day")),
        };
        return days.OrderBy(d => d.Date).ToList();
    }
}
