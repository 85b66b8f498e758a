using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.Infrastructure.Time;

namespace RegistrationFlow.Storage.PostgreSql;

public static class PostgreSqlStorage
{
    /// <summary>Statements each connection keeps prepared (Npgsql's <c>Max Auto Prepare</c>) unless the connection string sets it.</summary>
    public const int AutoPreparedStatements = 64;

    /// <summary>How often Hangfire looks for queued work in the database (its default polls less often than the deadlines need).</summary>
    public static readonly TimeSpan QueuePollInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// One or several nodes on one PostgreSQL database (connection string "Registration"): EF Core through Npgsql with
    /// this project's migrations, each write unit in a transaction of its own (row locks and row versions keep
    /// concurrent nodes apart), migrations and seeding under an advisory lock, and Hangfire's durable jobs in the same
    /// database (schema <c>hangfire</c>), shared by every node.
    /// </summary>
    public static IServiceCollection AddPostgreSqlStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(DatabaseSettings.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                "Database:Provider is PostgreSql but ConnectionStrings:Registration is empty; give it as " +
                "\"Host=127.0.0.1;Port=5432;Database=registration;Username=registration;Password=…\".");
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"ConnectionStrings:Registration is not a PostgreSQL connection string: {e.Message}", e);
        }
        // The product runs the same few dozen statements over and over: prepared once per connection, PostgreSQL parses
        // and plans them once (unless the connection string says otherwise).
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = AutoPreparedStatements;
        // EF Core leaves no session state on its connections (row locks end with the transaction), so a connection
        // handed back to the pool need not be reset: that reset was one more statement for PostgreSQL per unit.
        var units = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { NoResetOnClose = true };

        services.AddDbContextPool<RegistrationDbContext>(options => options.UseRegistrationNpgsql(units.ConnectionString));
        services.AddSingleton(new UnitAdmission(configuration.GetValue(UnitAdmission.Key, UnitAdmission.Default)));
        services.AddScoped<ITransactionRunner, OwnTransactionRunner>();
        services.AddSingleton<IRowLocks, PostgreSqlRowLocks>();
        // A session lock: its connection is never pooled, so however the holder ends the lock ends with the connection.
        services.AddSingleton<IStartupLock>(new AdvisoryStartupLock(new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Pooling = false }.ConnectionString));
        services.AddSingleton<IDatabaseClock>(new PostgreSqlServerClock(builder.ConnectionString));
        services.AddSingleton<JobStorage>(provider =>
        {
            provider.GetRequiredService<IGlobalConfiguration>(); // the host's log provider first
            return new Hangfire.PostgreSql.PostgreSqlStorage(new NpgsqlConnectionFactory(builder.ConnectionString, HangfireOptions), HangfireOptions);
        });
        return services;
    }

    /// <summary>Npgsql with this project's migrations: what a node uses, and what the copy from SQLite writes through.</summary>
    public static DbContextOptionsBuilder UseRegistrationNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgreSqlStorage).Assembly.FullName));

    /// <summary>Hangfire's storage settings on PostgreSQL (docs/DEPLOYMENT.md).</summary>
    public static PostgreSqlStorageOptions HangfireOptions { get; } = new()
    {
        QueuePollInterval = QueuePollInterval,
        // A job's fetch is kept alive while it runs instead of re-queued after a fixed timeout: a node that dies
        // mid-job gives it back within minutes, a long job on a live node is never run twice.
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = TimeSpan.FromMinutes(5),
        SchemaName = "hangfire",
        PrepareSchemaIfNecessary = true,
    };
}
