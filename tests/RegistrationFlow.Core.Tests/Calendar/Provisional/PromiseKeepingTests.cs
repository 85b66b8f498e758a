using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Runtime;
using static RegistrationFlow.Core.Tests.Calendar.CalendarFiles;

namespace RegistrationFlow.Core.Tests.Calendar.Provisional;

/// <summary>Promises given on a provisional year, kept when the official notice is imported.</summary>
public sealed class PromiseKeepingTests
{
    private static readonly BusinessCalendar Provisional =
        new(HolidayData.WithProvisionalYears(Holidays.Years, 2028), OfficeHours.LinhaiDefault, OfficeTimeZone.FixedShanghai);

    /// <summary>The official 2027 notice: 国庆 1–7 October (make-up Saturday 9 October), 元旦 1–3 January.</summary>
    private static readonly BusinessCalendar Official = new(HolidayData.WithProvisionalYears(
        [.. Holidays.Years, HolidayNoticeValidator.Validate(2027, Notice(), "import").Year!], 2028),
        OfficeHours.LinhaiDefault, OfficeTimeZone.FixedShanghai);

    private static readonly DateTimeOffset Now = Local(2027, 9, 30, 10, 0);

    private static string Notice() => HolidayNoticeValidatorTests.Notice2027(days =>
    {
        days.Add(new { name = "国庆节", date = "2027-10-07", isOffDay = true });
        return days;
    });

    [Fact]
    public void A_due_day_that_becomes_a_holiday_moves_to_the_next_working_days_closing()
    {
        // Provisionally 6 October is a working day; the notice makes 6 and 7 October days off.
        Assert.True(Provisional.IsWorkingDay(Date(2027, 10, 6)));
        var clock = new InstanceClock { AcceptedAt = Local(2027, 9, 30, 9, 0), DueAt = Local(2027, 10, 6, 17, 0), WarningAt = Local(2027, 10, 6, 16, 0) };

        var adjusted = PromiseKeeping.Adjust(clock, Official, WorkingDays(3), Now);

        var move = Assert.Single(adjusted!.Moves);
        Assert.Equal(new PromiseMove(PromiseKind.Due, Local(2027, 10, 6, 17, 0), Local(2027, 10, 8, 17, 0)), move);
        Assert.Equal(Local(2027, 10, 8, 17, 0), adjusted.Clock.DueAt);
        Assert.Equal(Local(2027, 10, 8, 16, 0), adjusted.Clock.WarningAt);
    }

    [Fact]
    public void A_promise_on_a_day_that_stays_working_stands_even_when_the_notice_would_compute_it_later()
    {
        var clock = new InstanceClock { AcceptedAt = Local(2027, 9, 28, 9, 0), DueAt = Local(2027, 9, 30, 17, 0), WarningAt = Local(2027, 9, 30, 16, 0) };
        Assert.Null(PromiseKeeping.Adjust(clock, Official, WorkingDays(2), Local(2027, 9, 28, 10, 0)));
    }

    [Fact]
    public void A_promise_never_moves_earlier_when_a_day_off_becomes_a_make_up_day()
    {
        // Provisionally Saturday 9 October is a weekend; officially a make-up working day. A certificate promised for
        // Monday 11 October stays there.
        var clock = new InstanceClock
        {
            AcceptedAt = Local(2027, 9, 30, 9, 0), DueAt = Local(2027, 9, 30, 17, 0),
            RegisteredAt = Local(2027, 9, 30, 16, 0), CertificateReadyAt = Local(2027, 10, 11, 8, 30),
        };
        Assert.Null(PromiseKeeping.Adjust(clock, Official, SameDay(), Now));
    }

    [Fact]
    public void Certificates_and_supplement_deadlines_move_too_and_the_rule_is_idempotent()
    {
        var registered = new InstanceClock
        {
            AcceptedAt = Local(2027, 9, 30, 9, 0), DueAt = Local(2027, 9, 30, 17, 0),
            RegisteredAt = Local(2027, 9, 30, 16, 0), CertificateReadyAt = Local(2027, 10, 7, 8, 30),
        };
        var moved = PromiseKeeping.Adjust(registered, Official, SameDay(), Now)!;
        Assert.Equal(new PromiseMove(PromiseKind.CertificateReady, Local(2027, 10, 7, 8, 30), Local(2027, 10, 8, 8, 30)), Assert.Single(moved.Moves));
        Assert.Null(PromiseKeeping.Adjust(moved.Clock, Official, SameDay(), Now));

        var paused = new InstanceClock
        {
            AcceptedAt = Local(2027, 9, 29, 9, 0), DueAt = Local(2027, 9, 29, 17, 0), PausedAt = Local(2027, 9, 29, 11, 0),
            SupplementExpiresAt = Local(2027, 10, 7, 17, 0),
        };
        var expiry = Assert.Single(PromiseKeeping.Adjust(paused, Official, SameDay(), Now)!.Moves);
        Assert.Equal(PromiseKind.SupplementExpiry, expiry.Kind);
        Assert.Equal(Local(2027, 10, 8, 17, 0), expiry.To);
    }

    [Fact]
    public void Past_instants_and_broken_promises_are_history()
    {
        var overdue = new InstanceClock { AcceptedAt = Local(2027, 9, 30, 9, 0), DueAt = Local(2027, 10, 6, 17, 0), Overdue = true };
        Assert.Null(PromiseKeeping.Adjust(overdue, Official, SameDay(), Now));
        var running = new InstanceClock { AcceptedAt = Local(2027, 9, 30, 9, 0), DueAt = Local(2027, 10, 6, 17, 0) };
        Assert.Null(PromiseKeeping.Adjust(running, Official, SameDay(), Local(2027, 10, 6, 17, 0, 1)));
    }
}
