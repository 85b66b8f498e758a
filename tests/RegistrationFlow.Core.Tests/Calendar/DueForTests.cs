using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Definitions;
using static RegistrationFlow.Core.Tests.Calendar.CalendarFiles;

namespace RegistrationFlow.Core.Tests.Calendar;

public class DueForTests
{
    private static readonly BusinessCalendar Calendar = Linhai;
    private static readonly ServiceLevelSpec SameDay16 = SameDay();

    [Fact]
    public void Issue_example_accepted_in_the_morning_is_due_at_that_days_summer_closing()
    {
        var due = Calendar.DueFor(Local(2026, 6, 18, 10, 0), SameDay16);
        Assert.Equal(Local(2026, 6, 18, 17, 30), due);
        Assert.Equal(Utc(2026, 6, 18, 9, 30), due);
    }

    [Fact]
    public void Issue_example_accepted_after_the_cut_off_is_due_on_the_make_up_Saturday() =>
        Assert.Equal(Local(2026, 2, 14, 17, 0), Calendar.DueFor(Local(2026, 2, 13, 16, 30), SameDay16));

    [Fact]
    public void Issue_example_certificate_after_National_Day() =>
        Assert.Equal(Local(2026, 10, 8, 8, 30), Calendar.CertificateReadyAfter(Local(2026, 9, 30, 11, 0), SameDay16));

    [Fact]
    public void Accepted_exactly_at_the_cut_off_is_same_day_one_second_later_is_not()
    {
        Assert.Equal(Local(2026, 6, 18, 17, 30), Calendar.DueFor(Local(2026, 6, 18, 16, 0, 0), SameDay16));
        // 19–21 June is the Dragon Boat Festival.
        Assert.Equal(Local(2026, 6, 22, 17, 30), Calendar.DueFor(Local(2026, 6, 18, 16, 0, 1), SameDay16));
        Assert.Equal(Local(2026, 6, 22, 17, 30), Calendar.DueFor(Local(2026, 6, 18, 16, 0).AddTicks(1), SameDay16));
    }

    [Theory]
    [InlineData(2026, 6, 14, 10, 0, 2026, 6, 15, 17, 30)] // Sunday → Monday's closing
    [InlineData(2026, 10, 3, 10, 0, 2026, 10, 8, 17, 0)]  // National Day → first working day after, winter hours
    [InlineData(2026, 6, 18, 13, 0, 2026, 6, 18, 17, 30)] // in the summer lunch break, before the cut-off
    [InlineData(2026, 6, 18, 7, 0, 2026, 6, 18, 17, 30)]  // before opening: counts as 08:30 that day
    [InlineData(2026, 6, 18, 0, 5, 2026, 6, 18, 17, 30)]  // just after midnight
    [InlineData(2026, 6, 18, 18, 0, 2026, 6, 22, 17, 30)] // after closing: counts as the next working day's opening
    [InlineData(2026, 6, 18, 17, 30, 2026, 6, 22, 17, 30)] // at closing, after the cut-off
    [InlineData(2026, 2, 13, 16, 59, 2026, 2, 14, 17, 0)] // winter, between cut-off and closing
    [InlineData(2026, 2, 14, 9, 0, 2026, 2, 14, 17, 0)]   // on a make-up Saturday
    [InlineData(2026, 2, 14, 16, 30, 2026, 2, 24, 17, 0)] // make-up Saturday after the cut-off → over the Spring Festival
    [InlineData(2026, 9, 20, 23, 0, 2026, 9, 21, 17, 30)] // make-up Sunday after closing
    [InlineData(2025, 12, 31, 16, 30, 2026, 1, 4, 17, 0)] // across New Year to the make-up Sunday
    public void Same_day_rule_with_a_16_00_cut_off(int y, int mo, int d, int h, int mi, int dy, int dmo, int dd, int dh, int dmi) =>
        Assert.Equal(Local(dy, dmo, dd, dh, dmi), Calendar.DueFor(Local(y, mo, d, h, mi), SameDay16));

    [Fact]
    public void The_local_date_decides_not_the_UTC_date()
    {
        // 2026-06-17 23:00Z is 07:00 on 18 June in Linhai.
        Assert.Equal(Local(2026, 6, 18, 17, 30), Calendar.DueFor(Utc(2026, 6, 17, 23, 0), SameDay16));
        // 2026-06-18 08:30Z is 16:30 local: after the cut-off.
        Assert.Equal(Local(2026, 6, 22, 17, 30), Calendar.DueFor(Utc(2026, 6, 18, 8, 30), SameDay16));
    }

    [Fact]
    public void The_cut_off_is_a_setting()
    {
        var lateCutOff = SameDay(17, 0);
        Assert.Equal(Local(2026, 2, 13, 17, 0), Calendar.DueFor(Local(2026, 2, 13, 16, 30), lateCutOff));
        var earlyCutOff = SameDay(11, 0);
        Assert.Equal(Local(2026, 6, 22, 17, 30), Calendar.DueFor(Local(2026, 6, 18, 11, 30), earlyCutOff));
    }

    [Theory]
    [InlineData(2026, 9, 29, 10, 0, 5, 2026, 10, 12, 17, 0)] // 09-30, 10-08, 10-09, 10-10 (make-up Saturday), 10-12
    [InlineData(2026, 9, 29, 18, 0, 5, 2026, 10, 13, 17, 0)] // after closing: counts from 09-30
    [InlineData(2026, 10, 3, 10, 0, 5, 2026, 10, 14, 17, 0)] // on a holiday: counts from 10-08
    [InlineData(2026, 9, 29, 16, 30, 1, 2026, 9, 30, 17, 30)] // the cut-off plays no part in a working-days rule
    [InlineData(2026, 9, 29, 16, 30, 0, 2026, 9, 29, 17, 30)]
    public void Working_days_rule(int y, int mo, int d, int h, int mi, int days, int dy, int dmo, int dd, int dh, int dmi) =>
        Assert.Equal(Local(dy, dmo, dd, dh, dmi), Calendar.DueFor(Local(y, mo, d, h, mi), WorkingDays(days)));

    [Fact]
    public void A_negative_number_of_working_days_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.DueFor(Local(2026, 6, 18, 10, 0), WorkingDays(-1)));

    [Fact]
    public void Certificate_ready_rules()
    {
        var registered = Local(2026, 2, 13, 16, 30);
        Assert.Equal(Local(2026, 2, 14, 8, 30), Calendar.CertificateReadyAfter(registered, SameDay16));
        Assert.Equal(registered, Calendar.CertificateReadyAfter(registered, SameDay16 with { CertificateReady = CertificateReadyRule.Immediately }));
        Assert.Null(Calendar.CertificateReadyAfter(registered, SameDay16 with { CertificateReady = CertificateReadyRule.None }));
        // Registered after hours: still the next working day after the registration's date.
        Assert.Equal(Local(2026, 6, 22, 8, 30), Calendar.CertificateReadyAfter(Local(2026, 6, 18, 18, 45), SameDay16));
        // Registered on a make-up Sunday.
        Assert.Equal(Local(2026, 9, 21, 8, 30), Calendar.CertificateReadyAfter(Local(2026, 9, 20, 15, 0), SameDay16));
    }

    [Fact]
    public void A_deadline_beyond_the_data_is_refused()
    {
        var error = Assert.Throws<CalendarNotCoveredException>(() => Calendar.DueFor(Local(2026, 12, 31, 16, 30), SameDay16));
        Assert.Equal(Date(2027, 1, 1), error.Date);
        Assert.Equal(Local(2026, 12, 31, 17, 0), Calendar.DueFor(Local(2026, 12, 31, 15, 30), SameDay16));
        Assert.Throws<CalendarNotCoveredException>(() => Calendar.DueFor(Local(2023, 12, 29, 10, 0), SameDay16));
        Assert.Throws<CalendarNotCoveredException>(() => Calendar.CertificateReadyAfter(Local(2026, 12, 31, 10, 0), SameDay16));
        Assert.Throws<CalendarNotCoveredException>(() => Calendar.DueFor(Local(2026, 12, 1, 10, 0), WorkingDays(30)));
    }

    [Fact]
    public void Due_for_allocates_nothing_on_the_hot_path()
    {
        var accepted = Local(2026, 6, 18, 10, 0);
        var fiveDays = WorkingDays(5);
        Calendar.DueFor(accepted, SameDay16);
        Calendar.DueFor(accepted, fiveDays);
        Calendar.WarningFor(accepted, SameDay16);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            var at = accepted.AddMinutes(i * 7);
            Calendar.DueFor(at, SameDay16);
            Calendar.DueFor(at, fiveDays);
            Calendar.WarningFor(at, SameDay16);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
