using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Search;
using RegistrationFlow.Infrastructure.Time;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Hosting;

/// <summary>
/// Before the host starts listening: applies migrations, puts the business calendar together (a broken calendar file
/// stops start-up), brings the code-written search terms up to the search key, seeds roles and users, loads the workflows folder into the definition store and, with the demo users, seeds
/// demo applications.
/// </summary>
internal static class DatabaseStartup
{
    /// <summary>Start-up attempts when the database fails in passing (e.g. it restarts while this node starts).</summary>
    private const int Attempts = 5;

    public static async Task InitialiseDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await InitialiseOnceAsync(app, cancellationToken);
                return;
            }
            catch (Exception e) when (attempt < Attempts && e is not DatabaseUnreachableException && DatabaseBusyExceptionHandler.IsPassing(e))
            {
                app.Logger.LogWarning("Start-up met a passing database failure ({Error}); trying again ({Attempt} of {Attempts}).",
                    e.GetBaseException().Message, attempt + 1, Attempts);
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
    }

    private static async Task InitialiseOnceAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("RegistrationFlow.Startup");

        // Several nodes may start at once: one migrates and seeds while the others wait, then find the work done.
        await using var startupLock = await services.GetRequiredService<IStartupLock>().AcquireAsync(cancellationToken);
        var db = services.GetRequiredService<RegistrationDbContext>();
        logger.LogInformation("Database: {Database}", Where(db));
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (pending.Count > 0)
        {
            logger.LogInformation("Applied database migrations: {Migrations}", string.Join(", ", pending));
        }

        if (services.GetService<TimeProvider>() is TrainingTimeProvider training)
        {
            var settings = app.Configuration.GetSection(ClockSettings.Section).Get<ClockSettings>() ?? new ClockSettings();
            await TrainingClockSessions.JoinAsync(db, training, settings, logger, cancellationToken);
        }

        // The shipped files with the years and hall hours imported into the database (a broken one stops start-up).
        var calendar = services.GetRequiredService<LiveBusinessCalendar>();
        calendar.Replace(await services.GetRequiredService<CalendarSources>().LoadAsync(db, cancellationToken));
        services.GetService<CalendarRefresher>()?.MarkSettled(calendar.Snapshot);
        var firstProvisional = calendar.Holidays.Years.FirstOrDefault(y => y.Provisional)?.Year;
        logger.LogInformation("Business calendar covers {From:yyyy-MM-dd} to {To:yyyy-MM-dd}; official through {Official}, provisional from {Provisional} ({Stamp}).",
            calendar.CoveredFrom, calendar.CoveredTo, firstProvisional - 1, firstProvisional, calendar.Snapshot.Stamp);

        // Identity digests and address pairs are made by the code: (re)build them for a new key or after the upgrade that added them.
        if (await services.GetRequiredService<SearchIndexBuilder>().EnsureCurrentAsync(cancellationToken) is { } indexed)
        {
            logger.LogWarning("Built the search index of identity numbers and addresses for {Count} application(s) ({Key}).",
                indexed, services.GetRequiredService<SearchIndexKey>());
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in RoleNames.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        var seedDemoUsers = app.Configuration.GetValue("Seed:DemoUsers", app.Environment.IsDevelopment());
        if (seedDemoUsers)
        {
            var created = new List<string>();
            foreach (var (userName, displayName, userRoles) in DemoUsers.All)
            {
                if (await users.FindByNameAsync(userName) is not null)
                {
                    continue;
                }
                var user = new AppUser { UserName = userName, DisplayName = displayName, LockoutEnabled = true };
                Check(await users.CreateAsync(user, DemoUsers.Password), $"create demo user {userName}");
                Check(await users.AddToRolesAsync(user, userRoles), $"give {userName} its roles");
                created.Add(userName);
            }
            if (created.Count > 0)
            {
                logger.LogWarning("Seeded demo users {Users} with the password {Password} (demo data: not for production).",
                    string.Join(", ", created), DemoUsers.Password);
            }
        }

        var adminPassword = app.Configuration["Admin:Password"];
        var adminName = app.Configuration["Admin:UserName"] ?? "admin";
        if (!string.IsNullOrEmpty(adminPassword) && await users.FindByNameAsync(adminName) is null)
        {
            var admin = new AppUser { UserName = adminName, DisplayName = "系统管理员 Admin", LockoutEnabled = true };
            Check(await users.CreateAsync(admin, adminPassword), $"create the administrator {adminName} from Admin:Password");
            Check(await users.AddToRoleAsync(admin, RoleNames.Admin), $"give {adminName} the admin role");
            logger.LogInformation("Created the administrator {UserName} from configuration.", adminName);
        }

        await services.GetRequiredService<DefinitionFolderLoader>()
            .LoadAsync(services.GetRequiredService<WorkflowsFolder>(), cancellationToken);

        if (seedDemoUsers && app.Configuration.GetValue("Seed:DemoApplications", true))
        {
            await DemoApplications.SeedAsync(services, logger, cancellationToken);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>Where the data is, for the start-up log: the SQLite file's full path, or PostgreSQL's host, port and database (never a password).</summary>
    private static string Where(RegistrationDbContext db)
    {
        var settings = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = db.Database.GetConnectionString() };
        string? Value(string key) => settings.TryGetValue(key, out var value) ? value?.ToString() : null;
        return db.Database.IsSqlite()
            ? $"SQLite file {Path.GetFullPath(Value("Data Source") ?? Value("DataSource") ?? Value("Filename") ?? "")}"
            : $"PostgreSQL {Value("Host")}:{Value("Port") ?? "5432"}, database {Value("Database")}";
    }
}
