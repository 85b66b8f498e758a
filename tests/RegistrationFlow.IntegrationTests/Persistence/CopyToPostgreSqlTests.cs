using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Data.Sqlite;
using RegistrationFlow.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.IntegrationTests.Calendar;
using RegistrationFlow.IntegrationTests.Hosting;
using RegistrationFlow.Storage.PostgreSql;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.IntegrationTests.Persistence;

/// <summary>
/// <c>copy-to-postgresql</c>: a SQLite database written by a real node (the product's executable) is copied into an empty PostgreSQL database, and a
/// PostgreSQL node carries on from it.
/// </summary>
[Trait(StorageTraits.Name, StorageTraits.PostgreSql)]
public sealed class CopyToPostgreSqlTests : IAsyncLifetime
{
    private readonly string _sourceFolder = ServiceHost.NewFolder();
    private readonly string _targetFolder = ServiceHost.NewFolder();

    private static string Server => Environment.GetEnvironmentVariable(ServiceHost.PostgreSqlServerVariable)!;
    private string TargetDatabase => "rf_" + Path.GetFileName(_targetFolder);
    private string Target => $"{Server};Database={TargetDatabase}";
    private string SourceFile => Path.Combine(_sourceFolder, "registration.db");

    public async Task InitializeAsync()
    {
        Assert.True(ServiceHost.OnPostgreSql, $"the copy needs PostgreSQL: run with {ServiceHost.ProviderVariable}=PostgreSql (./test.sh does)");
        Directory.CreateDirectory(_sourceFolder);
        await PostgreSqlDatabases.CreateIfMissingAsync(Server, TargetDatabase);
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await PostgreSqlDatabases.DropAsync(Server, TargetDatabase);
        foreach (var folder in new[] { _sourceFolder, _targetFolder })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_SQLite_database_moves_up_whole_a_PostgreSQL_node_carries_on_and_a_second_copy_is_refused()
    {
        string token;
        await using (var source = await SqliteNodeProcess.StartAsync(SourceFile, ServiceHost.Start))
        {
            // Besides the demo applications (in every step, one registered with its certificate): a sign-in, an imported year.
            token = await source.SignInAsync("clerk");
            using var manager = new HttpRequestMessage(HttpMethod.Post, "/api/calendar/years/2027?confirm=true")
            {
                Content = new StringContent(Notices2027.SpringFestivalWeek(), Encoding.UTF8, "application/json"),
            };
            manager.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await source.SignInAsync("manager"));
            Assert.Equal(HttpStatusCode.Created, (await source.Client.SendAsync(manager)).StatusCode);

            var (busy, _, busyError) = await CopyAsync("--from", SourceFile, "--to", Target);
            Assert.Equal(1, busy);
            Assert.Contains($"Stop the service on {SourceFile} first", busyError);
        }

        var (code, output, error) = await CopyAsync("--from", SourceFile, "--to", Target);

        Assert.True(code == 0, output + error);
        Assert.Contains("The audit chain verifies on the target", output);
        Assert.Contains("The copy is committed.", output);
        var counts = await CountsAsync(Sqlite());
        Assert.Equal(counts, await CountsAsync(PostgreSql()));
        Assert.Equal(6, counts["Applications"]);
        Assert.Equal(1, counts["Certificates"]);
        Assert.Equal(1, counts["CertificateCounters"]);
        Assert.Equal(1, counts["ReceiptCounters"]);
        Assert.Equal(1, counts["CalendarYearVersions"]);
        Assert.Equal(1, counts["TrainingClockEpochs"]);
        Assert.True(counts["Deadlines"] > 0 && counts["AuditRecords"] > 10 && counts["DataProtectionKeys"] > 0 && counts["AspNetUserRoles"] > 0
                    && counts["ApplicationSearchTerms"] > 0 && counts["DefinitionVersions"] > 0, string.Join(", ", counts));
        Guid registered, inReview;
        await using (var sqlite = Sqlite())
        await using (var target = PostgreSql())
        {
            Assert.Null(await new AuditTrail(target, new AuditChainHeadCache(), TimeProvider.System, new SingleWriterRowLocks()).VerifyAsync());
            var before = await sqlite.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).Select(r => new { r.Sequence, r.Instant, r.Hash }).ToListAsync();
            Assert.Equal(before, await target.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).Select(r => new { r.Sequence, r.Instant, r.Hash }).ToListAsync());
            // Instants keep every digit PostgreSQL stores: whole microseconds (SQLite keeps 100 ns ticks).
            var rows = (await sqlite.Applications.AsNoTracking().ToListAsync())
                .Select(a => new { a.Id, a.RowVersion, a.ReceiptNumber, CreatedAt = a.CreatedAt.UtcTicks / 10, a.InstanceState }).OrderBy(a => a.Id);
            Assert.Equal(rows, (await target.Applications.AsNoTracking().ToListAsync())
                .Select(a => new { a.Id, a.RowVersion, a.ReceiptNumber, CreatedAt = a.CreatedAt.UtcTicks / 10, a.InstanceState }).OrderBy(a => a.Id));
            registered = await target.Certificates.Select(c => c.ApplicationId).SingleAsync();
            inReview = await target.WorkTasks.Where(t => t.State == WorkTaskState.Open && t.CandidateRole == "reviewer").Select(t => t.ApplicationId).FirstAsync();
        }

        var node = new HostOnFolder(_targetFolder, ServiceHost.Start) { KeepFolder = true };
        try
        {
            await node.InitializeAsync();
            // Signed in on the SQLite node: the data-protection keys came along.
            using (var client = node.CreateClient(token))
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/applications/{registered}")).StatusCode);
            using (var client = node.CreateClient(await node.SignInAsync("reviewer")))
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/applications/{inReview}")).StatusCode);

            // It carries on from the copied state: the chain, the receipt counter, the identity column of the calendar versions.
            await node.ActAsync(inReview, "pass", Staff.Reviewer);
            Assert.EndsWith("0007", (await node.CreateAsync()).ReceiptNumber);
            var imported = await node.InScopeAsync(s => s.GetRequiredService<CalendarImports>().ImportAsync(2027,
                Notices2027.SpringFestivalWeek(("2027-02-15", true)), new StaffMember("manager", new HashSet<string> { "manager" }), "manager",
                CancellationToken.None));
            Assert.Equal(2, Assert.IsType<CalendarImportResult.Imported>(imported).Version);
            Assert.Null(await node.InScopeAsync(s => s.GetRequiredService<AuditTrail>().VerifyAsync()));
        }
        finally
        {
            await ((IAsyncLifetime)node).DisposeAsync();
        }

        var used = await CountsAsync(PostgreSql());
        var (again, againOutput, againError) = await CopyAsync("--from", SourceFile, "--to", Target);

        Assert.Equal(1, again);
        Assert.Contains("is not empty", againError);
        Assert.Contains("the table \"Applications\"", againError);
        Assert.DoesNotContain("Copying", againOutput);
        Assert.Equal(used, await CountsAsync(PostgreSql()));
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_it_and_the_target_is_left_alone()
    {
        var missing = Path.Combine(_sourceFolder, "nowhere.db");
        var (code, output, error) = await RunProductAsync("copy-to-postgresql", "--from", missing, "--to", Target);
        Assert.True(code == 1, output + error);
        Assert.Contains($"The SQLite database {missing} does not exist.", error);
        Assert.False(File.Exists(missing));

        (code, _, error) = await CopyAsync("--from", missing);
        Assert.Equal((2, true), (code, error.Contains("Missing --to")));
        (code, _, error) = await CopyAsync("--to", Target);
        Assert.Equal((2, true), (code, error.Contains("Missing --from")));
        (code, _, error) = await CopyAsync("--from", missing, "--into", Target);
        Assert.Equal((2, true), (code, error.Contains("Unknown argument '--into'")));
        (code, _, error) = await CopyAsync("--from", missing, "--to");
        Assert.Equal((2, true), (code, error.Contains("--to needs a value")));

        await using (var empty = Sqlite())
            await empty.Database.MigrateAsync();
        SqliteConnection.ClearAllPools();
        (code, _, error) = await CopyAsync("--from", SourceFile, "--to", "Host=127.0.0.1;Port=1;Database=registration;Username=rf;Password=x;Timeout=3");
        Assert.Equal(1, code);
        Assert.Contains("Cannot reach the PostgreSQL database registration at 127.0.0.1:1", error);

        await using var target = PostgreSql();
        Assert.Empty(await target.Database.GetAppliedMigrationsAsync());
    }

    private static async Task<(int Code, string Output, string Error)> CopyAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CopyToPostgreSqlCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The product's own executable, as an operator runs it.</summary>
    private static async Task<(int Code, string Output, string Error)> RunProductAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RegistrationFlow.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private RegistrationDbContext Sqlite() =>
        new(((DbContextOptionsBuilder<RegistrationDbContext>)new DbContextOptionsBuilder<RegistrationDbContext>()
            .UseRegistrationSqlite($"Data Source={SourceFile};Pooling=false")).Options);

    private RegistrationDbContext PostgreSql()
    {
        var options = new DbContextOptionsBuilder<RegistrationDbContext>();
        options.UseRegistrationNpgsql(Target);
        return new RegistrationDbContext(options.Options);
    }

    /// <summary>Rows per table of the model, counted with plain SQL (the same on both databases).</summary>
    private static async Task<SortedDictionary<string, long>> CountsAsync(RegistrationDbContext db)
    {
        await using (db)
        {
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            foreach (var table in db.Model.GetEntityTypes().Where(t => !t.IsOwned()).Select(t => t.GetTableName()!).Distinct())
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync());
            }
            return counts;
        }
    }
}
