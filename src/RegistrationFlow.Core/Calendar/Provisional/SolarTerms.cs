namespace RegistrationFlow.Core.Calendar.Provisional;

/// <summary>
/// The 清明 solar term by the widely used "寿星" formula for 2001–2099: day of April =
/// ⌊Y × 0.2422 + 4.81⌋ − ⌊Y / 4⌋, with Y the year's last two digits. Checked against the published dates of 2024–2030.
/// </summary>
public static class SolarTerms
{
    public const int FirstYear = 2001;
    public const int LastYear = 2099;

    public static DateOnly Qingming(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        var y = year % 100;
        var day = (int)Math.Floor(y * 0.2422 + 4.81) - y / 4;
        return new DateOnly(year, 4, day);
    }
}
