using System.Globalization;

namespace RegistrationFlow.Core.Calendar;

/// <summary>A day of the year without a year ("10-01"), where a season of office hours starts.</summary>
public readonly record struct MonthDay(int Month, int Day) : IComparable<MonthDay>
{
    /// <summary>Valid in every year, so 02-29 is not a valid season start.</summary>
    public bool IsValid => Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(2001, Month);

    public static MonthDay Of(DateOnly date) => new(date.Month, date.Day);

    public int CompareTo(MonthDay other) => Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

    public static bool TryParse(string? text, out MonthDay value)
    {
        value = default;
        if (text is not { Length: 5 } || text[2] != '-'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            return false;
        value = new MonthDay(month, day);
        return value.IsValid;
    }

    public override string ToString() => $"{Month:00}-{Day:00}";
}
