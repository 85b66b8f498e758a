using RegistrationFlow.Core.Calendar;
using static RegistrationFlow.Core.Tests.Calendar.CalendarFiles;

namespace RegistrationFlow.Core.Tests.Calendar;

public class WorkingTimeTests
{
    private static readonly BusinessCalendar Calendar = Linhai;

    [Theory]
    [InlineData(2026, 6, 18, 10, 0, 2026, 6, 18, 15, 0, 180)]  // 10:00–12:00 and 14:00–15:00: summer lunch not counted
    [InlineData(2026, 2, 12, 10, 0, 2026, 2, 12, 15, 0, 210)]  // winter: 10:00–12:00 and 13:30–15:00
    [InlineData(2026, 6, 18, 16, 0, 2026, 6, 22, 9, 30, 150)]  // nights and the Dragon Boat Festival not counted
    [InlineData(2026, 9, 30, 16, 0, 2026, 10, 8, 9, 0, 120)]   // summer afternoon, National Day, winter morning
    [InlineData(2026, 6, 18, 8, 30, 2026, 6, 18, 17, 30, 420)] // a whole summer day is 7 hours
    [InlineData(2026, 2, 12, 0, 0, 2026, 2, 13, 0, 0, 420)]    // a whole winter day is 7 hours
    [InlineData(2026, 6, 18, 12, 15, 2026, 6, 18, 13, 45, 0)]  // inside the lunch break
    [InlineData(2026, 6, 20, 9, 0, 2026, 6, 21, 16, 0, 0)]     // on holidays
    [InlineData(2026, 6, 18, 18, 0, 2026, 6, 22, 7, 0, 0)]
    public void Working_time_counts_only_hall_hours(int y1, int m1, int d1, int h1, int mi1, int y2, int m2, int d2, int h2, int mi2, int minutes)
    {
        var from = Local(y1, m1, d1, h1, mi1);
        var to = Local(y2, m2, d2, h2, mi2);
        Assert.Equal(TimeSpan.FromMinutes(minutes), Calendar.WorkingTimeBetween(from, to));
        Assert.Equal(TimeSpan.FromMinutes(-minutes), Calendar.WorkingTimeBetween(to, from));
    }

    [Fact]
    public void Working_time_agrees_with_counting_minute_by_minute()
    {
        var from = Local(2026, 9, 18, 9, 17);
        var to = Local(2026, 10, 13, 15, 43);
        var minutes = 0;
        for (var t = from; t < to; t = t.AddMinutes(1))
        {
            var date = DateOnly.FromDateTime(t.DateTime);
            if (!Calendar.IsWorkingDay(date))
                continue;
            var time = TimeOnly.FromDateTime(t.DateTime);
            if (OfficeHours.LinhaiDefault.SessionsOn(date).Any(s => time >= s.Opens && time < s.Closes))
                minutes++;
        }
        Assert.Equal(TimeSpan.FromMinutes(minutes), Calendar.WorkingTimeBetween(from, to));
    }

    [Theory]
    [InlineData(2026, 6, 18, 11, 30, 60, 2026, 6, 18, 14, 30)]   // over the summer lunch
    [InlineData(2026, 2, 12, 11, 30, 60, 2026, 2, 12, 14, 0)]    // over the winter lunch
    [InlineData(2026, 6, 18, 17, 0, 60, 2026, 6, 22, 9, 0)]      // over the night and the holiday
    [InlineData(2026, 6, 18, 8, 30, 210, 2026, 6, 18, 12, 0)]    // ending at a break forwards gives its start
    [InlineData(2026, 6, 18, 14, 30, -30, 2026, 6, 18, 14, 0)]   // ending at a break backwards gives its end
    [InlineData(2026, 6, 22, 9, 0, -60, 2026, 6, 18, 17, 0)]
    [InlineData(2026, 6, 18, 19, 0, 60, 2026, 6, 22, 9, 30)]     // from outside hours: counts from the next opening
    [InlineData(2026, 6, 18, 19, 0, -60, 2026, 6, 18, 16, 30)]   // or back from the last closing
    [InlineData(2026, 10, 8, 9, 0, -120, 2026, 9, 30, 16, 0)]    // back over National Day into summer hours
    public void Add_working_time(int y, int m, int d, int h, int mi, int minutes, int ey, int em, int ed, int eh, int emi) =>
        Assert.Equal(Local(ey, em, ed, eh, emi), Calendar.AddWorkingTime(Local(y, m, d, h, mi), TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void Adding_no_time_returns_the_instant_itself()
    {
        var evening = Local(2026, 6, 18, 19, 0);
        Assert.Equal(evening, Calendar.AddWorkingTime(evening, TimeSpan.Zero));
        Assert.Throws<CalendarNotCoveredException>(() => Calendar.AddWorkingTime(Local(2027, 1, 4, 9, 0), TimeSpan.Zero));
    }

    [Fact]
    public void Adding_and_measuring_working_time_round_trip()
    {
        var random = new Random(20260618);
        var workingDays = Enumerable.Range(0, 1096).Select(i => Date(2024, 1, 1).AddDays(i))
            .Where(d => d > Date(2024, 1, 10) && d < Date(2026, 11, 1) && Calendar.IsWorkingDay(d)).ToList();
        for (var i = 0; i < 2000; i++)
        {
            // An instant inside a session (its start included, its end not), so both directions land back on it.
            var date = workingDays[random.Next(workingDays.Count)];
            var sessions = OfficeHours.LinhaiDefault.SessionsOn(date);
            var session = sessions[random.Next(sessions.Count)];
            var offset = TimeSpan.FromSeconds(random.Next((int)session.Length.TotalSeconds));
            var start = new DateTimeOffset(date.ToDateTime(session.Opens), TimeSpan.FromHours(8)) + offset;
            var span = TimeSpan.FromSeconds(random.Next(-3 * 3600, 40 * 7 * 3600));

            var end = Calendar.AddWorkingTime(start, span);
            Assert.Equal(span, Calendar.WorkingTimeBetween(start, end));
            Assert.Equal(start, Calendar.AddWorkingTime(end, -span));
        }
    }

    [Fact]
    public void Working_time_beyond_the_data_is_refused()
    {
        var lastAfternoon = Local(2026, 12, 31, 16, 0);
        Assert.Equal(Local(2026, 12, 31, 17, 0), Calendar.AddWorkingTime(lastAfternoon, TimeSpan.FromHours(1)));
        var error = Assert.Throws<CalendarNotCoveredException>(() => Calendar.AddWorkingTime(lastAfternoon, TimeSpan.FromHours(1.5)));
        Assert.Equal(Date(2027, 1, 1), error.Date);
        Assert.Throws<CalendarNotCoveredException>(() => Calendar.AddWorkingTime(lastAfternoon, TimeSpan.MaxValue));
        var back = Assert.Throws<CalendarNotCoveredException>(() => Calendar.AddWorkingTime(Local(2024, 1, 2, 9, 0), TimeSpan.FromHours(-1)));
        Assert.Equal(Date(2023, 12, 31), back.Date);
        Assert.Throws<CalendarNotCoveredException>(() => Calendar.WorkingTimeBetween(lastAfternoon, Local(2027, 1, 4, 9, 0)));
        Assert.Throws<CalendarNotCoveredException>(() => Calendar.WorkingTimeBetween(Local(2023, 12, 29, 9, 0), lastAfternoon));
    }

    [Theory]
    [InlineData(2026, 6, 18, 17, 30, 60, 2026, 6, 18, 16, 30)]  // the same-day due in summer
    [InlineData(2026, 6, 18, 14, 30, 60, 2026, 6, 18, 11, 30)]  // 30 minutes after lunch, 30 before it
    [InlineData(2026, 2, 12, 14, 0, 60, 2026, 2, 12, 11, 30)]   // winter lunch is 12:00–13:30
    [InlineData(2026, 6, 22, 8, 30, 60, 2026, 6, 18, 16, 30)]   // due at an opening: warned the working day before
    [InlineData(2026, 10, 8, 9, 0, 120, 2026, 9, 30, 16, 0)]    // over National Day
    [InlineData(2026, 6, 18, 17, 30, 0, 2026, 6, 18, 17, 30)]
    public void Warning_comes_that_much_working_time_before_the_due(int y, int m, int d, int h, int mi, int warnMinutes, int ey, int em, int ed, int eh, int emi)
    {
        var serviceLevel = SameDay() with { WarnBefore = TimeSpan.FromMinutes(warnMinutes) };
        Assert.Equal(Local(ey, em, ed, eh, emi), Calendar.WarningFor(Local(y, m, d, h, mi), serviceLevel));
    }

    [Fact]
    public void Warning_for_the_issue_example_is_an_hour_of_hall_time_before_the_due()
    {
        var due = Calendar.DueFor(Local(2026, 6, 18, 10, 0), SameDay());
        var warning = Calendar.WarningFor(due, SameDay());
        Assert.Equal(Utc(2026, 6, 18, 8, 30), warning);
        Assert.Equal(TimeSpan.FromMinutes(60), Calendar.WorkingTimeBetween(warning, due));
    }
}
