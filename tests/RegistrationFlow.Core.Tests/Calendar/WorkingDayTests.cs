using RegistrationFlow.Core.Calendar;
using static RegistrationFlow.Core.Tests.Calendar.CalendarFiles;

namespace RegistrationFlow.Core.Tests.Calendar;

public class WorkingDayTests
{
    // DOMAIN.md, "Working days and hours": the 2026 arrangement, written down independently of the JSON files.
    private static readonly (int Month, int From, int To)[] OffRanges2026 =
        [(1, 1, 3), (2, 15, 23), (4, 4, 6), (5, 1, 5), (6, 19, 21), (9, 25, 27), (10, 1, 7)];
    private static readonly DateOnly[] MakeUpDays2026 =
        [Date(2026, 1, 4), Date(2026, 2, 14), Date(2026, 2, 28), Date(2026, 5, 9), Date(2026, 9, 20), Date(2026, 10, 10)];

    private static readonly BusinessCalendar Calendar = Linhai;

    private static IEnumerable<DateOnly> OffDates2026() =>
        OffRanges2026.SelectMany(r => Enumerable.Range(r.From, r.To - r.From + 1).Select(day => Date(2026, r.Month, day)));

    public static TheoryData<DateOnly> OffDays2026() => new(OffDates2026());

    public static TheoryData<DateOnly> MakeUpDays() => new(MakeUpDays2026);

    [Theory]
    [MemberData(nameof(OffDays2026))]
    public void Every_2026_holiday_of_the_domain_notes_is_an_off_day(DateOnly date)
    {
        Assert.False(Calendar.IsWorkingDay(date));
        Assert.Equal(CalendarDayKind.Holiday, Calendar.Describe(date).Kind);
    }

    [Theory]
    [MemberData(nameof(MakeUpDays))]
    public void Every_2026_make_up_weekend_day_is_a_working_day(DateOnly date)
    {
        Assert.True(date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.True(Calendar.IsWorkingDay(date));
        Assert.Equal(CalendarDayKind.MakeUpWorkingDay, Calendar.Describe(date).Kind);
    }

    [Fact]
    public void Every_other_2026_day_follows_the_week()
    {
        var off = OffDates2026().ToHashSet();
        var makeUp = MakeUpDays2026.ToHashSet();
        var mismatches = new List<DateOnly>();
        for (var date = Date(2026, 1, 1); date.Year == 2026; date = date.AddDays(1))
        {
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var expected = makeUp.Contains(date) || (!weekend && !off.Contains(date));
            if (Calendar.IsWorkingDay(date) != expected)
                mismatches.Add(date);
        }
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Opening_and_closing_follow_the_season_and_are_instants()
    {
        Assert.Equal(Utc(2026, 6, 18, 0, 30), Calendar.OpeningOf(Date(2026, 6, 18)));
        Assert.Equal(Utc(2026, 6, 18, 9, 30), Calendar.ClosingOf(Date(2026, 6, 18)));
        Assert.Equal(Local(2026, 2, 14, 17, 0), Calendar.ClosingOf(Date(2026, 2, 14)));
        Assert.Equal(TimeSpan.FromHours(8), Calendar.ClosingOf(Date(2026, 2, 14)).Offset);
        Assert.Equal(Local(2026, 4, 30, 17, 0), Calendar.ClosingOf(Date(2026, 4, 30)));
        Assert.Equal(Local(2026, 5, 6, 17, 30), Calendar.ClosingOf(Date(2026, 5, 6)));
    }

    [Fact]
    public void A_closed_day_is_described_without_hours()
    {
        var sunday = Calendar.Describe(Date(2026, 6, 14));
        Assert.Equal(CalendarDayKind.Weekend, sunday.Kind);
        Assert.False(sunday.IsWorkingDay);
        Assert.Null(sunday.Opening);
        Assert.Empty(sunday.Sessions);

        var dragonBoat = Calendar.Describe(Date(2026, 6, 19));
        Assert.Equal("端午节", dragonBoat.HolidayName);

        var thursday = Calendar.Describe(Date(2026, 6, 18));
        Assert.Equal(CalendarDayKind.Weekday, thursday.Kind);
        Assert.Equal(Local(2026, 6, 18, 8, 30), thursday.Opening);
        Assert.Equal(2, thursday.Sessions.Count);
    }

    [Theory]
    [InlineData("2026-06-18", "2026-06-22")] // Thursday → over the Dragon Boat Festival (19–21) to Monday
    [InlineData("2026-02-13", "2026-02-14")] // Friday → make-up Saturday
    [InlineData("2026-02-14", "2026-02-24")] // make-up Saturday → over the Spring Festival
    [InlineData("2026-09-30", "2026-10-08")] // over National Day
    [InlineData("2026-10-08", "2026-10-09")]
    [InlineData("2026-10-09", "2026-10-10")] // make-up Saturday
    [InlineData("2025-12-31", "2026-01-04")] // across the years, to the make-up Sunday
    [InlineData("2026-06-20", "2026-06-22")] // from a holiday
    public void Next_working_day(string from, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Calendar.NextWorkingDay(DateOnly.Parse(from)));

    [Theory]
    [InlineData("2026-09-29", 5, "2026-10-12")] // 09-30, 10-08, 10-09, 10-10 (make-up Saturday), 10-12
    [InlineData("2026-09-29", 1, "2026-09-30")]
    [InlineData("2026-09-29", 0, "2026-09-29")]
    [InlineData("2026-10-03", 1, "2026-10-08")] // the first day is not counted, even when it is a holiday
    [InlineData("2026-10-03", 30, "2026-11-17")]
    [InlineData("2026-10-12", -5, "2026-09-29")]
    [InlineData("2026-10-08", -1, "2026-09-30")]
    [InlineData("2026-10-04", -1, "2026-09-30")]
    public void Add_working_days_does_not_count_the_first_day(string from, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkingDays(DateOnly.Parse(from), days));

    [Fact]
    public void Adding_working_days_agrees_with_stepping_one_day_at_a_time()
    {
        var start = Date(2024, 1, 2);
        var stepped = start;
        for (var n = 1; n <= 700; n++)
        {
            do stepped = stepped.AddDays(1); while (!Calendar.IsWorkingDay(stepped));
            Assert.Equal(stepped, Calendar.AddWorkingDays(start, n));
            Assert.Equal(start, Calendar.AddWorkingDays(stepped, -n));
        }
    }

    [Fact]
    public void Thirty_working_days_statutory_limit_spans_the_Spring_Festival()
    {
        var due = Calendar.AddWorkingDays(Date(2026, 2, 2), 30);
        var counted = 0;
        for (var date = Date(2026, 2, 3); date <= due; date = date.AddDays(1))
            if (Calendar.IsWorkingDay(date))
                counted++;
        Assert.Equal(30, counted);
        Assert.True(Calendar.IsWorkingDay(due));
    }

    [Fact]
    public void Dates_outside_the_data_are_refused_not_guessed()
    {
        var before = Assert.Throws<CalendarNotCoveredException>(() => Calendar.IsWorkingDay(Date(2023, 12, 31)));
        Assert.Equal(Date(2023, 12, 31), before.Date);
        Assert.Equal(Date(2024, 1, 1), before.CoveredFrom);
        Assert.Equal(Date(2026, 12, 31), before.CoveredTo);
        Assert.Contains("2023-12-31", before.Text.ZhCn);
        Assert.Contains("load the 2023 holiday file", before.Text.EnUs);

        var after = Assert.Throws<CalendarNotCoveredException>(() => Calendar.IsWorkingDay(Date(2027, 1, 1)));
        Assert.Equal(Date(2027, 1, 1), after.Date);

        Assert.Throws<CalendarNotCoveredException>(() => Calendar.OpeningOf(Date(2027, 1, 1)));
        Assert.Throws<CalendarNotCoveredException>(() => Calendar.ClosingOf(Date(2023, 12, 31)));
        Assert.Throws<CalendarNotCoveredException>(() => Calendar.Describe(Date(2027, 1, 1)));
        Assert.True(Calendar.IsWorkingDay(Date(2024, 1, 2)));
        Assert.True(Calendar.IsWorkingDay(Date(2026, 12, 31)));
    }

    [Fact]
    public void Counting_past_the_end_of_the_data_is_refused()
    {
        // 2026-12-31 is the last covered working day; the next one would be in 2027.
        var error = Assert.Throws<CalendarNotCoveredException>(() => Calendar.NextWorkingDay(Date(2026, 12, 31)));
        Assert.Equal(Date(2027, 1, 1), error.Date);
        Assert.Throws<CalendarNotCoveredException>(() => Calendar.AddWorkingDays(Date(2026, 12, 20), 10));
        var backwards = Assert.Throws<CalendarNotCoveredException>(() => Calendar.AddWorkingDays(Date(2024, 1, 3), -2));
        Assert.Equal(Date(2023, 12, 31), backwards.Date);
    }
}
