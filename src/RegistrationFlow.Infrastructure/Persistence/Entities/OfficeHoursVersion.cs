namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>
/// One version of the hall hours (seasons and sessions, the JSON format of <c>office/hours.json</c>). Never changed: the
/// highest version is in force, over the shipped file.
/// </summary>
public sealed class OfficeHoursVersion
{
    public long Id { get; set; }
    public int Version { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public required string ChangedBy { get; set; }
}
