namespace RegistrationFlow.Storage.Sqlite;

/// <summary>How the SQLite writer groups units of work into shared transactions (section "Database:Sqlite:GroupCommit").</summary>
public sealed class GroupCommitSettings
{
    public const string Section = "Database:Sqlite:GroupCommit";

    /// <summary>The most units one transaction carries; more waiting units go into the next one.</summary>
    public int MaxUnitsPerTransaction { get; set; } = 64;

    /// <summary>The writer connection's page cache (SQLite's default is 2,000 KiB for every connection).</summary>
    public int WriterCacheKilobytes { get; set; } = 65_536;

    public void Validate()
    {
        if (WriterCacheKilobytes < 0)
        {
            throw new InvalidOperationException($"{Section}:{nameof(WriterCacheKilobytes)} must not be negative.");
        }
        if (MaxUnitsPerTransaction < 1)
        {
            throw new InvalidOperationException($"{Section}:{nameof(MaxUnitsPerTransaction)} must be at least 1.");
        }
    }
}
