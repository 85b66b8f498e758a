namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>
/// A word an application can be found by with a prefix search: its unit number or the name of one of its parties
/// (both live inside JSON columns, which no index reaches). Kept by database triggers on <see cref="Application"/>,
/// so every writer — the service, a bulk import, a hand-made repair — keeps it in step; nothing in the code writes it.
/// </summary>
public sealed class ApplicationSearchTerm
{
    public const string Unit = "unit";
    public const string Party = "party";

    public Guid ApplicationId { get; set; }
    public required string Kind { get; set; }
    public required string Term { get; set; }
}
