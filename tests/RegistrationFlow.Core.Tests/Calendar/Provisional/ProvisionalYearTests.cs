using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Calendar.Provisional;
using static RegistrationFlow.Core.Tests.Calendar.CalendarFiles;

namespace RegistrationFlow.Core.Tests.Calendar.Provisional;

/// <summary>Provisional years from the 2024 revision of the holiday rules, checked against the official notices of 2025 and 2026.</summary>
public sealed class ProvisionalYearTests
{
    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Every_statutory_day_of_the_official_notice_is_a_provisional_day_off(int year)
    {
        var official = Holidays.Years.Single(y => y.Year == year);
        var officialOff = official.Days.Where(d => d.IsOffDay).Select(d => d.Date).ToHashSet();
        var provisionalOff = ProvisionalYear.Compute(year).Days.Where(d => d.IsOffDay).Select(d => d.Date).ToHashSet();

        foreach (var statutory in StatutoryHolidays.Of(year))
        {
            Assert.Contains(statutory.Date, officialOff);
            Assert.Contains(statutory.Date, provisionalOff);
        }
        // 补假 included, no provisional day off is a working day in the official notice.
        Assert.Subset(officialOff, provisionalOff);
    }

    [Fact]
    public void The_law_gives_thirteen_days_and_the_provisional_year_no_make_up_days()
    {
        for (var year = 2025; year <= 2030; year++)
        {
            Assert.Equal(13, StatutoryHolidays.Of(year).Count);
            var provisional = ProvisionalYear.Compute(year);
            Assert.True(provisional.Provisional);
            Assert.All(provisional.Days, d => Assert.True(d.IsOffDay));
            Assert.All(provisional.Days, d => Assert.NotNull(d.Note));
            Assert.True(provisional.Days.Count >= 13);
        }
    }

    [Fact]
    public void Holidays_on_a_weekend_are_given_in_lieu_on_the_following_working_days()
    {
        // 2027: 国庆 1–3 October is Friday, Saturday, Sunday → 补假 Monday 4 and Tuesday 5 October.
        var y2027 = Off(ProvisionalYear.Compute(2027));
        Assert.Contains(Date(2027, 10, 4), y2027.Keys);
        Assert.Contains(Date(2027, 10, 5), y2027.Keys);
        Assert.Contains("补假", y2027[Date(2027, 10, 4)].Note!.ZhCn);
        Assert.DoesNotContain(Date(2027, 10, 6), y2027.Keys);
        // 2026 (checked against the notice above): 清明 Sunday 5 April → Monday 6 April.
        Assert.Contains(Date(2026, 4, 6), Off(ProvisionalYear.Compute(2026)).Keys);
    }

    [Fact]
    public void Two_holidays_on_one_day_give_one_more_day_off_and_say_why()
    {
        // 2028: 中秋 (八月十五) is 3 October, inside 国庆; 1 October is a Sunday.
        var y2028 = Off(ProvisionalYear.Compute(2028));
        Assert.Equal("中秋节、国庆节", y2028[Date(2028, 10, 3)].Name);
        // Sunday 1 Oct → Wednesday 4 Oct (2 and 3 are already off); the shared 3 Oct → Thursday 5 Oct.
        Assert.Contains(Date(2028, 10, 4), y2028.Keys);
        Assert.Contains(Date(2028, 10, 5), y2028.Keys);
        Assert.Contains("同在", y2028[Date(2028, 10, 5)].Note!.ZhCn);
        Assert.DoesNotContain(Date(2028, 10, 6), y2028.Keys);
        // 12 distinct statutory dates, 补假 for Saturday 1 January (→ 3 January), Sunday 28 May 端午 (→ 29 May) and the two above.
        Assert.Equal(12 + 4, y2028.Count);
        Assert.Contains(Date(2028, 1, 3), y2028.Keys);
        Assert.Contains(Date(2028, 5, 29), y2028.Keys);
    }

    [Fact]
    public void Spring_festival_is_four_days_from_the_eve()
    {
        var y2027 = Off(ProvisionalYear.Compute(2027));
        // 除夕 Friday 5 Feb 2027, 初一–初三 Saturday to Monday → 补假 for the weekend days on Tuesday 9 and Wednesday 10.
        foreach (var day in new[] { 5, 6, 7, 8, 9, 10 })
            Assert.Contains(Date(2027, 2, day), y2027.Keys);
        Assert.DoesNotContain(Date(2027, 2, 11), y2027.Keys);
    }

    [Fact]
    public void The_calendar_never_runs_out_at_the_turn_of_the_shipped_data()
    {
        var calendar = new BusinessCalendar(HolidayData.WithProvisionalYears(Holidays.Years), OfficeHours.LinhaiDefault, OfficeTimeZone.FixedShanghai);

        Assert.False(calendar.IsProvisional(Date(2026, 12, 31)));
        Assert.True(calendar.IsProvisional(Date(2027, 1, 1)));
        Assert.False(calendar.IsWorkingDay(Date(2027, 1, 1)));
        Assert.Equal(new DateOnly(StatutoryHolidays.LastYear, 12, 31), calendar.CoveredTo);

        // Accepted on the last working afternoon of 2026 after the cut-off: due on the first working day of 2027.
        var due = calendar.DueFor(Local(2026, 12, 31, 16, 30), SameDay());
        Assert.Equal(Local(2027, 1, 4, 17, 0), due);
        Assert.True(calendar.DependsOnProvisionalDays(Local(2026, 12, 31, 16, 30), due));
        Assert.False(calendar.DependsOnProvisionalDays(Local(2026, 12, 30, 9, 0), calendar.DueFor(Local(2026, 12, 30, 9, 0), SameDay())));
        var described = calendar.Describe(Date(2027, 1, 1));
        Assert.True(described.Provisional);
        Assert.Equal(CalendarDayKind.Holiday, described.Kind);
    }

    [Fact]
    public void An_official_year_wins_over_the_provisional_one()
    {
        var official2027 = new HolidayYear(2027, "import", [new HolidayDay(Date(2027, 1, 1), "元旦", true), new HolidayDay(Date(2027, 1, 2), "元旦", false)]);
        var data = HolidayData.WithProvisionalYears([.. Holidays.Years, official2027], 2029);

        Assert.False(data.IsProvisional(2027));
        Assert.True(data.IsProvisional(2028));
        Assert.Equal(new DateOnly(2029, 12, 31), data.CoveredTo);
        Assert.True(data.TryGetDay(Date(2027, 1, 2), out var makeUp) && !makeUp.IsOffDay);
    }

    private static Dictionary<DateOnly, HolidayDay> Off(HolidayYear year) => year.Days.Where(d => d.IsOffDay).ToDictionary(d => d.Date);
}
