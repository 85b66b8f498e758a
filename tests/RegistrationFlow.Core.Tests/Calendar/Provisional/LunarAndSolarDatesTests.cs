using RegistrationFlow.Core.Calendar.Provisional;
using static RegistrationFlow.Core.Tests.Calendar.CalendarFiles;

namespace RegistrationFlow.Core.Tests.Calendar.Provisional;

/// <summary>The festival dates the provisional calendar rests on, against the published lunar tables and solar terms.</summary>
public sealed class LunarAndSolarDatesTests
{
    [Theory]
    // year, 除夕, 端午, 中秋, 清明 — as published (中国科学院紫金山天文台 tables, 2024–2030)
    [InlineData(2024, "2024-02-09", "2024-06-10", "2024-09-17", "2024-04-04")]
    [InlineData(2025, "2025-01-28", "2025-05-31", "2025-10-06", "2025-04-04")]
    [InlineData(2026, "2026-02-16", "2026-06-19", "2026-09-25", "2026-04-05")]
    [InlineData(2027, "2027-02-05", "2027-06-09", "2027-09-15", "2027-04-05")]
    [InlineData(2028, "2028-01-25", "2028-05-28", "2028-10-03", "2028-04-04")]
    [InlineData(2029, "2029-02-12", "2029-06-16", "2029-09-22", "2029-04-04")]
    [InlineData(2030, "2030-02-02", "2030-06-05", "2030-09-12", "2030-04-05")]
    public void Festival_dates_match_the_published_tables(int year, string eve, string dragonBoat, string midAutumn, string qingming)
    {
        Assert.Equal(DateOnly.Parse(eve), LunarDates.SpringFestivalEve(year));
        Assert.Equal(DateOnly.Parse(eve).AddDays(1), LunarDates.SpringFestival(year));
        Assert.Equal(DateOnly.Parse(dragonBoat), LunarDates.DragonBoat(year));
        Assert.Equal(DateOnly.Parse(midAutumn), LunarDates.MidAutumn(year));
        Assert.Equal(DateOnly.Parse(qingming), SolarTerms.Qingming(year));
    }

    [Fact]
    public void A_leap_month_before_the_festival_does_not_shift_it()
    {
        // 2025 has a leap sixth month (闰六月): 中秋 is still the eighth month's 15th, 2025-10-06, not a month early.
        Assert.Equal(Date(2025, 10, 6), LunarDates.MidAutumn(2025));
        // 2028 has a leap fifth month (闰五月) after 端午: 端午 is the regular fifth month's 5th.
        Assert.Equal(Date(2028, 5, 28), LunarDates.DragonBoat(2028));
    }

    [Fact]
    public void Qingming_is_computed_only_where_the_formula_holds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SolarTerms.Qingming(2100));
        Assert.Throws<ArgumentOutOfRangeException>(() => SolarTerms.Qingming(2000));
        for (var year = SolarTerms.FirstYear; year <= SolarTerms.LastYear; year++)
            Assert.InRange(SolarTerms.Qingming(year).Day, 4, 6);
    }
}
