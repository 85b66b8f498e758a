namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>
/// A word an application can be found by (its data lives inside JSON columns, which no index reaches). Two kinds are
/// kept by database triggers on <see cref="Application"/>, so every writer keeps them in step: <see cref="Unit"/> (the
/// unit number) and <see cref="Party"/> (each party's name), both found by prefix. Two kinds are written by the code in
/// the transaction that writes the application's parties and property (<c>Search/SearchTermRows</c>), because a trigger
/// cannot compute them: <see cref="Identity"/> (the keyed digest of each party's identity number — never the number)
/// and <see cref="Address"/> (each pair of neighbouring characters of the address), both found by equality.
/// </summary>
public sealed class ApplicationSearchTerm
{
    public const string Unit = "unit";
    public const string Party = "party";
    public const string Identity = "identity";
    public const string Address = "address";

    public Guid ApplicationId { get; set; }
    public required string Kind { get; set; }
    public required string Term { get; set; }
}
