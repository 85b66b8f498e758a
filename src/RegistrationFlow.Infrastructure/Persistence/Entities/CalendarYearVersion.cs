namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>
/// One imported version of a year's official holiday notice, in the holiday-cn JSON format. Never changed: a correction
/// is a new version, and the highest version of a year is the one in force (over the shipped file of that year).
/// </summary>
public sealed class CalendarYearVersion
{
    public long Id { get; set; }
    public int Year { get; set; }
    public int Version { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public required string ImportedBy { get; set; }
    /// <summary>How many promises of open applications the import moved.</summary>
    public int MovedPromises { get; set; }
}
