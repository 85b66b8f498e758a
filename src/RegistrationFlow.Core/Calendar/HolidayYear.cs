namespace RegistrationFlow.Core.Calendar;

/// <summary>The State Council's holiday arrangement for one year, as read from one file.</summary>
public sealed record HolidayYear(int Year, string FileName, IReadOnlyList<HolidayDay> Days);
