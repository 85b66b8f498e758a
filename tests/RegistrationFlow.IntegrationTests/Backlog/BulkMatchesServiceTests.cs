using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Backlog;
using RegistrationFlow.Backlog.Seeding;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Backlog;

/// <summary>
/// The backlog loader's bulk writer must write exactly what the service writes for the same plan: the same plan is
/// loaded once through ApplicationService and the deadline handler and once in bulk, and every row is compared. One
/// known difference: the bulk writer takes certificate numbers lifecycle by lifecycle, the service in the order
/// registrations happen, so the same application may get another number of the same year — both without gaps.
/// </summary>
[Trait(StorageTraits.Name, StorageTraits.Sqlite)]
public sealed class BulkMatchesServiceTests : IAsyncLifetime
{
    private readonly string _folder = ServiceHost.NewFolder();

    // Two history days of 26 completed (each with one registered late, after its warning and breach) and six open
    // days of twenty, at every stage: every kind of row and deadline the lifecycle writes.
    private BacklogOptions Options(string name, string via) => new()
    {
        Command = "seed", Database = Path.Combine(_folder, name), Today = new DateOnly(2024, 1, 12), OpenDays = 6,
        Completed = 52, Open = 120, CompletedVia = via, OpenVia = via,
    };

    [Fact]
    public async Task Bulk_rows_equal_the_rows_the_service_writes_for_the_same_plan()
    {
        var serviceNow = await BacklogSeeder.RunAsync(Options("service.db", "service"), TextWriter.Null, CancellationToken.None);
        var bulkNow = await BacklogSeeder.RunAsync(Options("bulk.db", "bulk"), TextWriter.Null, CancellationToken.None);
        Assert.Equal(serviceNow, bulkNow);

        var (service, serviceNumbers) = await RowsAsync(Path.Combine(_folder, "service.db"));
        var (bulk, bulkNumbers) = await RowsAsync(Path.Combine(_folder, "bulk.db"));
        Assert.Equal(52 + 120, service.Count);
        Assert.Equal(service.Keys.Order(), bulk.Keys.Order());
        foreach (var (receipt, expected) in service)
        {
            Assert.Equal(expected, bulk[receipt]);
        }
        // 52 completed and 4 registered open ones a day, all in 2024: numbered from 1 without a gap either way.
        Assert.Equal(Enumerable.Range(1, 52 + 4 * 6).Select(n => (long)n), serviceNumbers);
        Assert.Equal(serviceNumbers, bulkNumbers);
        // The late ones were escalated, the open ones stopped where planned.
        Assert.Contains(service.Values, rows => rows.Contains("\"Action\":\"escalated\"") && rows.Contains("\"Status\":\"completed\""));
        Assert.Contains(service.Values, rows => rows.Contains("\"Status\":\"awaiting-supplement\""));
        Assert.Contains(service.Values, rows => rows.Contains("\"Status\":\"ready-for-pickup\""));
    }

    [Fact]
    public async Task A_bulk_load_keeps_the_audit_chain_whole_and_resumes_where_it_stopped()
    {
        var options = Options("resume.db", "bulk");
        await BacklogSeeder.RunAsync(options with { Completed = 20, Open = 0 }, TextWriter.Null, CancellationToken.None);
        await BacklogSeeder.RunAsync(options, TextWriter.Null, CancellationToken.None);
        await BacklogSeeder.RunAsync(options, TextWriter.Null, CancellationToken.None); // nothing left to do

        await using var host = await SeedingHost.StartAsync(options.Database!, DateTimeOffset.UnixEpoch);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
        Assert.Equal(52 + 120, await db.Applications.CountAsync());
        Assert.Equal(52, await db.Applications.CountAsync(a => a.Status == "completed"));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync());
        // Unit numbers and party names are kept by the database: every application has its unit number and party names;
        // the loader wrote the code-kept terms beside each application: identity digests and address pairs.
        Assert.Equal((52 + 120) * 3, await db.ApplicationSearchTerms.CountAsync(t => t.Kind == ApplicationSearchTerm.Unit || t.Kind == ApplicationSearchTerm.Party));
        Assert.Equal(52 + 120, await db.ApplicationSearchTerms.Where(t => t.Kind == ApplicationSearchTerm.Identity).Select(t => t.ApplicationId).Distinct().CountAsync());
        Assert.Equal(52 + 120, await db.ApplicationSearchTerms.Where(t => t.Kind == ApplicationSearchTerm.Address).Select(t => t.ApplicationId).Distinct().CountAsync());
    }

    /// <summary>Every row belonging to each application, as JSON without ids (which are random), keyed by receipt number.</summary>
    private static async Task<(Dictionary<string, string> Rows, List<long> CertificateSequences)> RowsAsync(string path)
    {
        await using var host = await SeedingHost.StartAsync(path, DateTimeOffset.UnixEpoch);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync());

        var applications = await db.Applications.AsNoTracking().ToListAsync();
        var tasks = (await db.WorkTasks.AsNoTracking().ToListAsync()).ToLookup(t => t.ApplicationId);
        var deadlines = (await db.Deadlines.AsNoTracking().ToListAsync()).ToLookup(d => d.ApplicationId);
        var certificates = (await db.Certificates.AsNoTracking().ToListAsync()).ToLookup(c => c.ApplicationId);
        var notifications = (await db.OutboxNotifications.AsNoTracking().ToListAsync()).ToLookup(n => n.ApplicationId);
        var audit = (await db.AuditRecords.AsNoTracking().Where(r => r.ApplicationId != null).OrderBy(r => r.Sequence).ToListAsync()).ToLookup(r => r.ApplicationId);
        var terms = (await db.ApplicationSearchTerms.AsNoTracking().ToListAsync()).ToLookup(t => t.ApplicationId);
        var counters = JsonSerializer.Serialize(new
        {
            receipts = await db.ReceiptCounters.AsNoTracking().OrderBy(c => c.Day).ToListAsync(),
            certificates = await db.CertificateCounters.AsNoTracking().OrderBy(c => c.Year).ThenBy(c => c.Kind).ToListAsync(),
        });

        var rows = new Dictionary<string, string>();
        foreach (var a in applications)
        {
            var deadlineIds = deadlines[a.Id].Select(d => d.Id.ToString()).ToList();
            rows[a.ReceiptNumber] = WithoutIds(JsonSerializer.Serialize(new
            {
                application = a,
                tasks = tasks[a.Id].OrderBy(t => t.CreatedAt).ThenBy(t => t.Step).ToList(),
                deadlines = deadlines[a.Id].OrderBy(d => d.CreatedAt).ThenBy(d => d.Kind).ThenBy(d => d.DueAt).ToList(),
                certificates = certificates[a.Id].ToList(),
                notifications = notifications[a.Id].OrderBy(n => n.CreatedAt).ThenBy(n => n.Template).ThenBy(n => n.Audience).ToList(),
                audit = audit[a.Id].Select(r => new { r.Instant, r.Actor, r.Role, r.Action, r.FromStep, r.ToStep, Detail = WithoutNumbers(r.Detail, certificates[a.Id]) }).ToList(),
                terms = terms[a.Id].Select(t => new { t.Kind, t.Term }).OrderBy(t => t.Kind).ThenBy(t => t.Term).ToList(),
                counters,
            }, Json), [a.Id.ToString(), .. deadlineIds, .. certificates[a.Id].Select(c => c.Number)]);
        }
        var sequences = await db.Certificates.AsNoTracking().OrderBy(c => c.Sequence).Select(c => c.Sequence).ToListAsync();
        SqliteConnection.ClearAllPools();
        return (rows, sequences);
    }

    /// <summary>The audit detail names the certificate number in JSON's escaped form.</summary>
    private static string? WithoutNumbers(string? detail, IEnumerable<Certificate> certificates) =>
        certificates.Aggregate(detail, (text, c) => text?.Replace(JsonSerializer.Serialize(c.Number).Trim('"'), "<certificate number>"));

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Replaces the random ids (the application's, its deadlines', the rows' own) with their kind.</summary>
    private static string WithoutIds(string json, IReadOnlyList<string> known)
    {
        for (var i = 0; i < known.Count; i++)
            json = json.Replace(known[i], i == 0 ? "<application>" : known[i].Length == 36 ? "<deadline>" : "<certificate number>", StringComparison.OrdinalIgnoreCase);
        json = Regex.Replace(json, "\"Sequence\":\\d+", "\"Sequence\":0");
        return Regex.Replace(json, "\"(Id)\":\"[0-9a-fA-F-]{36}\"", "\"$1\":\"<id>\"");
    }

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
