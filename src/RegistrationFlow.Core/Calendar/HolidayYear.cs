namespace RegistrationFlow.Core.Calendar;

/// <summary>
/// One year's holiday arrangement: the State Council's notice as read from a file or an import, or — when
/// <paramref name="Provisional"/> — computed from the law until the notice is known.
/// </summary>
public sealed record HolidayYear(int Year, string FileName, IReadOnlyList<HolidayDay> Days, bool Provisional = false);
