using RegistrationFlow.Core.Calendar;
using static RegistrationFlow.Core.Tests.Calendar.CalendarFiles;

namespace RegistrationFlow.Core.Tests.Calendar;

public class TimeZoneTests
{
    [Fact]
    public void The_built_in_zone_is_a_fixed_UTC_plus_8_named_Asia_Shanghai()
    {
        var zone = OfficeTimeZone.FixedShanghai;
        Assert.Equal("Asia/Shanghai", zone.Id);
        Assert.Equal(TimeSpan.FromHours(8), zone.BaseUtcOffset);
        Assert.Empty(zone.GetAdjustmentRules());
        Assert.Equal(TimeSpan.FromHours(8), zone.GetUtcOffset(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_zone_with_summer_time_is_honoured_day_by_day()
    {
        // A host may pass a zone with rules (the system's Asia/Shanghai has 1986–1991 summer time); this one has it every year.
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(2000, 1, 1), new DateTime(2099, 12, 31), TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 2, 0, 0), 4, 15),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 2, 0, 0), 9, 15));
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/SummerTime", TimeSpan.FromHours(8), "Test", "Test", "Test summer", [rule]);
        var calendar = new BusinessCalendar(Holidays, OfficeHours.LinhaiDefault, zone);
        var summer = TimeSpan.FromHours(9);

        Assert.Equal(new DateTimeOffset(2026, 6, 18, 17, 30, 0, summer), calendar.ClosingOf(Date(2026, 6, 18)));
        Assert.Equal(summer, calendar.ClosingOf(Date(2026, 6, 18)).Offset);
        Assert.Equal(new DateTimeOffset(2026, 6, 18, 8, 30, 0, TimeSpan.Zero), calendar.ClosingOf(Date(2026, 6, 18)));
        Assert.Equal(Local(2026, 2, 12, 17, 0), calendar.ClosingOf(Date(2026, 2, 12)));

        // 07:30 local in summer time is 22:30Z the day before: the local date decides.
        Assert.Equal(new DateTimeOffset(2026, 6, 18, 17, 30, 0, summer),
            calendar.DueFor(new DateTimeOffset(2026, 6, 17, 22, 30, 0, TimeSpan.Zero), SameDay()));

        // Over the switch night of 15 April (clocks forward at 02:00): 14 April after closing, all of 15 April, one hour on the 16th.
        var from = Local(2026, 4, 14, 17, 0);
        var to = new DateTimeOffset(2026, 4, 16, 9, 30, 0, summer);
        Assert.Equal(TimeSpan.FromHours(8), calendar.WorkingTimeBetween(from, to));
        Assert.Equal(to, calendar.AddWorkingTime(from, TimeSpan.FromHours(8)));
    }
}
