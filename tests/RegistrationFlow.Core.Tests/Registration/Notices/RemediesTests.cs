using RegistrationFlow.Core.Registration.Notices;
using RegistrationFlow.Core.Tests.Calendar;

namespace RegistrationFlow.Core.Tests.Registration.Notices;

public class RemediesTests
{
    [Fact]
    public void Sixty_days_and_six_months_are_counted_from_the_day_after_notice()
    {
        var remedies = Remedies.From(new DateOnly(2026, 3, 10), CalendarFiles.Linhai);
        Assert.Equal(new DateOnly(2026, 5, 9), remedies.ReconsiderationBy);  // a Saturday worked in exchange for Labour Day
        Assert.Equal(new DateOnly(2026, 9, 10), remedies.LawsuitBy);         // a Thursday
    }

    [Fact]
    public void A_period_ending_on_a_day_off_ends_on_the_next_working_day()
    {
        // 2026-03-02 + 60 days = Friday 2026-05-01, Labour Day (1–5 May off): the period runs to Wednesday 6 May.
        var remedies = Remedies.From(new DateOnly(2026, 3, 2), CalendarFiles.Linhai);
        Assert.Equal(new DateOnly(2026, 5, 6), remedies.ReconsiderationBy);
        // + 6 months = Wednesday 2 September, a working day.
        Assert.Equal(new DateOnly(2026, 9, 2), remedies.LawsuitBy);
    }

    [Fact]
    public void Six_months_from_the_end_of_a_long_month_end_at_the_shorter_months_end()
    {
        // 2025-08-31 + 6 months = 2026-02-28, a Saturday worked in exchange for the Spring Festival: it stays.
        Assert.Equal(new DateOnly(2026, 2, 28), Remedies.From(new DateOnly(2025, 8, 31), CalendarFiles.Linhai).LawsuitBy);
        // 2025-08-30 + 6 months = 2026-02-28 as well; 2025-08-22 + 6 months = Sunday 2026-02-22, in the break → Tuesday 24 Feb.
        Assert.Equal(new DateOnly(2026, 2, 24), Remedies.From(new DateOnly(2025, 8, 22), CalendarFiles.Linhai).LawsuitBy);
    }
}
