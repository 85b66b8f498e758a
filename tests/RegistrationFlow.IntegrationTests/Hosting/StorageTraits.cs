namespace RegistrationFlow.IntegrationTests.Hosting;

/// <summary>
/// Marks tests of the SQLite storage itself (the group-commit writer, the write gate, pragmas, query plans), which
/// <c>./test.sh</c> leaves out of the suite's second run on PostgreSQL: <c>--filter "Storage!=Sqlite"</c>.
/// </summary>
public static class StorageTraits
{
    public const string Name = "Storage";
    public const string Sqlite = "Sqlite";
}
