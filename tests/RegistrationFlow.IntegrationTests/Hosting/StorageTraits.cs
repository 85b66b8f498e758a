namespace RegistrationFlow.IntegrationTests.Hosting;

/// <summary>
/// Marks tests of the SQLite storage itself (the group-commit writer, pragmas, query plans, the file lock), which
/// <c>./test.sh</c> leaves out of the suite's second run on PostgreSQL (<c>--filter "Storage!=Sqlite"</c>), and tests of
/// several nodes, which it leaves out of the first run on SQLite (<c>--filter "Storage!=PostgreSql"</c>).
/// </summary>
public static class StorageTraits
{
    public const string Name = "Storage";
    public const string Sqlite = "Sqlite";
    /// <summary>Tests of several nodes on one database, which only PostgreSQL allows; left out of the SQLite run.</summary>
    public const string PostgreSql = "PostgreSql";
}
