using RegistrationFlow.Core.Calendar;
using static RegistrationFlow.Core.Tests.Calendar.CalendarFiles;

namespace RegistrationFlow.Core.Tests.Calendar.Provisional;

/// <summary>What the dashboard and the daily check warn about: provisional days ahead, and next year's notice from October.</summary>
public sealed class ProvisionalWarningTests
{
    private static readonly BusinessCalendar Calendar =
        new(HolidayData.WithProvisionalYears(Holidays.Years, 2028), OfficeHours.LinhaiDefault, OfficeTimeZone.FixedShanghai);

    [Theory]
    [InlineData("2026-11-01", null)]          // through 2026-12-31: all official
    [InlineData("2026-11-02", "2027-01-01")]  // the window reaches 2027
    [InlineData("2027-03-01", "2027-03-01")]  // inside a provisional year
    public void The_first_provisional_day_within_60_days(string today, string? expected)
    {
        var first = CalendarCoverage.FirstProvisionalDate(Calendar, DateOnly.Parse(today));
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), first);
    }

    [Theory]
    [InlineData("2026-09-30", null)]
    [InlineData("2026-10-01", 2027)]
    [InlineData("2026-12-31", 2027)]
    [InlineData("2025-10-01", null)]          // 2026's notice is in the shipped data
    public void From_october_a_next_year_without_a_notice_is_named(string today, int? expected)
    {
        Assert.Equal(expected, CalendarCoverage.NextYearWithoutNotice(Calendar, DateOnly.Parse(today)));
    }

    [Fact]
    public void The_warnings_say_what_to_do_in_both_languages()
    {
        var provisional = CalendarCoverage.ProvisionalWarningFor(Date(2027, 1, 1));
        Assert.Contains("以国务院当年放假安排为准", provisional.ZhCn);
        Assert.Contains("2027-01-01", provisional.EnUs);
        Assert.Contains("2027", CalendarCoverage.NextYearWarningFor(2027).EnUs);
    }
}
