namespace RegistrationFlow.Core.Calendar;

/// <summary>A timetable that applies from <see cref="StartsOn"/> until the next season starts (wrapping over New Year).</summary>
public sealed record OfficeSeason(string Name, MonthDay StartsOn, IReadOnlyList<OfficeSession> Sessions)
{
    public TimeOnly Opening => Sessions[0].Opens;
    public TimeOnly Closing => Sessions[^1].Closes;
}
