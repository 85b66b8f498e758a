namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>
/// One row: what the code-written search terms (identity digests, address pairs) were last built with — the
/// fingerprint of the search key and of the way terms are made. Start-up rebuilds them when it differs (the first start
/// after the migration that introduced them, a new key, a new way of making terms).
/// </summary>
public sealed class SearchIndexStamp
{
    public const int SingletonId = 1;
    public int Id { get; set; }
    public required string Fingerprint { get; set; }
    public DateTimeOffset BuiltAt { get; set; }
}
