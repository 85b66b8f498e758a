using Microsoft.Data.Sqlite;

namespace RegistrationFlow.Storage.Sqlite;

/// <summary>The SQLite connection string: "Registration", by default <c>data/registration.db</c> beside the content root.</summary>
public static class SqliteConnectionStrings
{
    public const string Default = "Data Source=data/registration.db";

    /// <summary>
    /// Makes a relative SQLite file path absolute against <paramref name="contentRoot"/> and creates its folder,
    /// so the database lands in the same place whatever the working directory.
    /// </summary>
    public static string Resolve(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? Default : configured);
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
