using Microsoft.Data.Sqlite;

namespace RegistrationFlow.Infrastructure.Persistence;

/// <summary>Which database to use and where (section "Database" and the connection string "Registration").</summary>
public sealed class DatabaseSettings
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Registration";
    public const string DefaultConnectionString = "Data Source=data/registration.db";

    /// <summary>"Sqlite" (default, one node) or "PostgreSql" (one or several nodes on one database).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// Makes a relative SQLite file path absolute against <paramref name="contentRoot"/> and creates its folder,
    /// so the database lands in the same place whatever the working directory.
    /// </summary>
    public static string ResolveSqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
        var source = builder.DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return builder.ToString();
        }
        if (!Path.IsPathRooted(source))
        {
            source = Path.GetFullPath(Path.Combine(contentRoot, source));
            builder.DataSource = source;
        }
        var folder = Path.GetDirectoryName(source);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        return builder.ToString();
    }
}
