namespace RegistrationFlow.Core.Calendar;

/// <summary>One stretch of hall hours, e.g. the morning 08:30–12:00; the gap to the next session is the lunch break.</summary>
public sealed record OfficeSession(TimeOnly Opens, TimeOnly Closes)
{
    public TimeSpan Length => Closes - Opens;

    public override string ToString() => $"{Opens:HH\\:mm}-{Closes:HH\\:mm}";
}
