using RegistrationFlow.Core.Calendar;

namespace RegistrationFlow.Core.Registration.Notices;

/// <summary>
/// The last days of the applicant's remedies against a refusal, counted from the day the notice reaches them: 行政复议
/// within 60 days (行政复议法 第二十条) and 行政诉讼 within six months (行政诉讼法 第四十六条). The first day is not
/// counted; a period whose last day is a day off ends on the next working day.
/// </summary>
public sealed record Remedies(DateOnly NotifiedOn, DateOnly ReconsiderationBy, DateOnly LawsuitBy)
{
    public const int ReconsiderationDays = 60;
    public const int LawsuitMonths = 6;

    public static Remedies From(DateOnly notifiedOn, IBusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new Remedies(notifiedOn,
            OnWorkingDay(notifiedOn.AddDays(ReconsiderationDays), calendar),
            OnWorkingDay(notifiedOn.AddMonths(LawsuitMonths), calendar));
    }

    private static DateOnly OnWorkingDay(DateOnly last, IBusinessCalendar calendar) =>
        calendar.IsWorkingDay(last) ? last : calendar.NextWorkingDay(last);
}
