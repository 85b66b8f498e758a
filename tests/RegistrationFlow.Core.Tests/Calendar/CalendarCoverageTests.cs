using RegistrationFlow.Core.Calendar;
using static RegistrationFlow.Core.Tests.Calendar.CalendarFiles;

namespace RegistrationFlow.Core.Tests.Calendar;

public class CalendarCoverageTests
{
    [Theory]
    [InlineData("2026-11-01", 60, null)]           // through 2026-12-31
    [InlineData("2026-11-02", 60, "2027-01-01")]   // reaches 2027-01-01
    [InlineData("2026-12-31", 0, null)]
    [InlineData("2026-12-31", 1, "2027-01-01")]
    [InlineData("2025-06-01", 400, null)]
    [InlineData("2027-02-01", 60, "2027-02-01")]   // already past the data
    [InlineData("2023-12-01", 60, "2023-12-01")]   // before the data
    public void First_uncovered_date_in_the_coming_days(string from, int days, string? expected)
    {
        var result = CalendarCoverage.FirstUncoveredDate(Linhai, DateOnly.Parse(from), days);
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), result);
    }

    [Fact]
    public void The_default_window_is_60_days()
    {
        Assert.Null(CalendarCoverage.FirstUncoveredDate(Linhai, Date(2026, 11, 1)));
        Assert.Equal(Date(2027, 1, 1), CalendarCoverage.FirstUncoveredDate(Linhai, Date(2026, 11, 2)));
    }

    [Fact]
    public void The_answer_matches_what_the_calendar_actually_refuses()
    {
        var from = Date(2026, 11, 20);
        var first = CalendarCoverage.FirstUncoveredDate(Linhai, from, 60)!.Value;
        Assert.Throws<CalendarNotCoveredException>(() => Linhai.IsWorkingDay(first));
        for (var date = from; date < first; date = date.AddDays(1))
            Linhai.IsWorkingDay(date);
    }

    [Fact]
    public void A_negative_window_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarCoverage.FirstUncoveredDate(Linhai, Date(2026, 1, 1), -1));

    [Fact]
    public void The_warning_says_what_to_load_in_both_languages()
    {
        var text = CalendarCoverage.WarningFor(Date(2027, 1, 1));
        Assert.Contains("2027-01-01", text.ZhCn);
        Assert.Contains("2027 年节假日数据", text.ZhCn);
        Assert.Contains("Load the 2027 holiday file", text.EnUs);
    }
}
