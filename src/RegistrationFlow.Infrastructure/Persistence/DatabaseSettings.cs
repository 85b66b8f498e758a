namespace RegistrationFlow.Infrastructure.Persistence;

/// <summary>Which database to use and where (section "Database" and the connection string "Registration").</summary>
public sealed class DatabaseSettings
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Registration";

    /// <summary>"Sqlite" (default, one node) or "PostgreSql" (one or several nodes on one database).</summary>
    public string Provider { get; set; } = "Sqlite";
}
