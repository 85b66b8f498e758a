using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.IntegrationTests.Hosting;
using Xunit.Abstractions;

namespace RegistrationFlow.IntegrationTests.Api;

/// <summary>
/// Thousands of generated requests — random JSON shapes, wrong types, huge and tiny numbers, odd Unicode, missing and
/// extra fields, odd path and query values — against every endpoint of the OpenAPI document, as anonymous and as each
/// role. Never a 5xx; every refusal is problem JSON with a code; and a refusal writes nothing: every table keeps its row
/// count but the audit trail, which records the sign-in attempts. Seeded (<c>FUZZ_SEED</c>, <c>FUZZ_REQUESTS</c>); the
/// seed is in every failure.
/// </summary>
public sealed class FuzzTests(ServiceHost host, ITestOutputHelper output) : IClassFixture<ServiceHost>
{
    private static readonly string[] Callers = ["anonymous", "clerk", "reviewer", "approver", "manager", "admin"];

    private static readonly string[] FieldNames =
    [
        "workflow", "property", "parties", "price", "materials", "unitNumber", "address", "area", "use", "role", "name",
        "idType", "idNumber", "share", "userName", "password", "comment", "reason", "missingMaterials", "receivedMaterials",
        "text", "seasons", "opening", "closing", "from", "to", "days", "holidays", "version", "id", "__proto__", "",
    ];

    private static readonly string[] QueryKeys =
        ["page", "pageSize", "date", "from", "to", "q", "step", "status", "overdue", "limit", "workflow", "acceptedAt", "confirm", "x"];

    private static readonly string[] OddStrings =
    [
        "", " ", "null", "0", "-1", "2147483648", "9999999999999999999999", "1e308", "NaN", "2026-02-30", "9999-12-31",
        "0001-01-01", "2026-03-02T09:00:00+08:00", "张三", "\u202Egpj.exe", "a\u0000b", "\u200B", "𠀀", "../../etc/passwd",
        "%00", "<script>alert(1)</script>", "' OR 1=1 --", new string('x', 5000), "commercial-housing-transfer", "accept",
    ];

    [Fact]
    public async Task Generated_requests_never_fail_the_server_are_refused_with_coded_problems_and_write_nothing()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : 20261208;
        var count = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_REQUESTS"), out var n) ? n : 3000;
        var random = new Random(seed);
        var endpoints = await EndpointsAsync();
        var tokens = new Dictionary<string, string>();
        foreach (var caller in Callers.Skip(1)) tokens[caller] = await host.SignInAsync(caller);
        var before = await RowCountsAsync();
        var failures = new List<string>();
        var answers = new SortedDictionary<int, int>();

        for (var i = 0; i < count && failures.Count < 20; i++)
        {
            var (method, template) = endpoints[random.Next(endpoints.Count)];
            var caller = Callers[random.Next(Callers.Length)];
            var path = FillPath(template, random) + Query(random);
            using var client = caller == "anonymous" ? host.CreateClient() : host.CreateClient(tokens[caller]);
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            string? body = null;
            if (method is "POST" or "PUT" || random.Next(10) == 0)
            {
                body = Body(random);
                request.Content = new StringContent(body, Encoding.UTF8, random.Next(12) == 0 ? "text/plain" : "application/json");
            }
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            answers[status] = answers.GetValueOrDefault(status) + 1;
            var problem = status >= 400 ? await ProblemCodeAsync(response) : "";
            if (status >= 500 || (status >= 400 && problem is null))
                failures.Add($"#{i} {method} {path} as {caller}: {status} {(problem is null ? "without a coded problem" : problem)}; body {Shorten(body)}");
        }
        var after = await RowCountsAsync();
        foreach (var (table, rows) in before)
            if (table != "AuditRecords" && after[table] != rows) failures.Add($"table {table}: {rows} rows before, {after[table]} after");

        output.WriteLine($"FUZZ_SEED={seed} FUZZ_REQUESTS={count}; answers: {string.Join(", ", answers.Select(a => $"{a.Key} × {a.Value}"))}");
        Assert.True(failures.Count == 0, $"FUZZ_SEED={seed} FUZZ_REQUESTS={count}\n" + string.Join("\n", failures));
    }

    // Signing out ends the caller's tokens: the role matrix covers that endpoint.
    private async Task<List<(string Method, string Template)>> EndpointsAsync() =>
        (await DocumentedEndpoints.ReadAsync(host)).Where(e => e.Template != "/api/auth/logout").ToList();

    private static async Task<string?> ProblemCodeAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return null;
        try
        {
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            return json.TryGetProperty("code", out var code) && code.GetString() is { Length: > 0 } text ? text : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string FillPath(string template, Random random)
    {
        var path = new StringBuilder();
        foreach (var segment in template.Split('/'))
        {
            if (path.Length > 0 || segment.Length > 0) path.Append('/');
            if (!segment.StartsWith('{')) { path.Append(segment); continue; }
            path.Append(random.Next(4) switch
            {
                0 => Guid.NewGuid().ToString(),
                1 => random.Next(-5, 3000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                // A NUL in the path never reaches the product (Kestrel refuses the request line; the test server throws).
                _ => Uri.EscapeDataString(OddStrings[random.Next(OddStrings.Length)] is { Length: > 0 } odd && !odd.Contains('\0')
                    ? odd[..Math.Min(odd.Length, 300)] : "x"),
            });
        }
        return path.ToString();
    }

    private static string Query(Random random)
    {
        var pairs = Enumerable.Range(0, random.Next(4))
            .Select(_ => $"{QueryKeys[random.Next(QueryKeys.Length)]}={Uri.EscapeDataString(Value(random))}");
        var query = string.Join("&", pairs);
        return query.Length == 0 ? "" : "?" + query;
    }

    private static string Value(Random random) => random.Next(3) switch
    {
        0 => OddStrings[random.Next(OddStrings.Length)] is var odd && odd.Length > 300 ? odd[..300] : odd,
        1 => random.Next(6) switch { 0 => "2147483647", 1 => "-2147483648", 2 => "0", _ => random.Next(-10, 200).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        _ => "2026-03-0" + random.Next(1, 9),
    };

    private static string Body(Random random) => random.Next(15) switch
    {
        0 => "",
        1 => "{\"userName\": ",
        2 => "null",
        3 => "[" + string.Join(",", Enumerable.Repeat("1", random.Next(50))) + "]",
        _ => JsonSerializer.Serialize(Json(random, 0)),
    };

    private static object? Json(Random random, int depth) => random.Next(depth >= 3 ? 6 : 9) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => random.Next(5) switch { 0 => 1e28, 1 => -1e-30, 2 => double.MaxValue, 3 => 0.005, _ => random.Next(-1000, 1_000_000) },
        3 or 4 or 5 => OddStrings[random.Next(OddStrings.Length)],
        6 => Enumerable.Range(0, random.Next(4)).Select(_ => Json(random, depth + 1)).ToList(),
        _ => Enumerable.Range(0, random.Next(1, 8)).Select(_ => FieldNames[random.Next(FieldNames.Length)]).Distinct()
            .ToDictionary(name => name, _ => Json(random, depth + 1)),
    };

    private async Task<Dictionary<string, long>> RowCountsAsync() => await host.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<RegistrationDbContext>();
        var counts = new Dictionary<string, long>();
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct())
        {
            var connection = db.Database.GetDbConnection();
            if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return counts;
    });

    private static string Shorten(string? text) => text is null ? "-" : text.Length > 200 ? text[..200] + "…" : text;
}
