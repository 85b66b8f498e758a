using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace RegistrationFlow.Backlog.Measuring;

/// <summary>
/// The <c>measure</c> command: signs in as the demo users and times every read a person waits for on a large backlog —
/// worklists, the applications list with each filter and a search of each kind, one application, the daily report and
/// the managers' dashboard page — from sending the request to the last byte of the answer, one request at a time.
/// </summary>
public static class QueryMeasurement
{
    private const string Password = "Demo-Pass-1";

    private sealed record Query(string Group, string Name, string User, string Path);

    public static async Task<int> RunAsync(BacklogOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromMinutes(2) };
        var tokens = new Dictionary<string, string>();
        foreach (var user in new[] { "clerk", "reviewer", "approver", "manager" })
            tokens[user] = await SignInAsync(http, user, cancellationToken);

        var queries = await QueriesAsync(http, tokens["clerk"], cancellationToken);
        var timings = queries.ToDictionary(q => q, _ => new List<double>());
        var sizes = new Dictionary<Query, long>();
        for (var round = 0; round < options.Warmup + options.Rounds; round++)
        {
            foreach (var query in queries)
            {
                var (ms, bytes) = await TimeAsync(http, tokens[query.User], query, cancellationToken);
                if (round >= options.Warmup) timings[query].Add(ms);
                sizes[query] = bytes;
            }
        }

        output.WriteLine($"{"query",-44} {"user",-9} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"bytes",9}");
        foreach (var query in queries)
        {
            var values = timings[query];
            output.WriteLine($"{query.Group + ": " + query.Name,-44} {query.User,-9} {Percentile(values, 50),8:F1} {Percentile(values, 95),8:F1} {values.Max(),8:F1} {sizes[query],9:N0}");
        }
        string Group(string group) => Percentile(queries.Where(q => q.Group == group).SelectMany(q => timings[q]).ToList(), 95).ToString("F1", CultureInfo.InvariantCulture);
        output.WriteLine($"RESULT worklist_p95_ms={Group("worklist")} list_p95_ms={Group("list")} search_p95_ms={Group("search")} " +
                         $"daily_p95_ms={Group("daily")} dashboard_p95_ms={Group("dashboard")} rounds={options.Rounds}");
        return 0;
    }

    private static async Task<List<Query>> QueriesAsync(HttpClient http, string clerkToken, CancellationToken cancellationToken)
    {
        // Search terms taken from the data: the newest application's receipt number, a buyer's name and unit number.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/applications?pageSize=1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", clerkToken);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var newest = list.RootElement.GetProperty("items")[0];
        var id = newest.GetProperty("id").GetString()!;
        var number = newest.GetProperty("number").GetString()!;

        using var detailRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/applications/{id}");
        detailRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", clerkToken);
        using var detailResponse = await http.SendAsync(detailRequest, cancellationToken);
        detailResponse.EnsureSuccessStatusCode();
        using var detail = JsonDocument.Parse(await detailResponse.Content.ReadAsStringAsync(cancellationToken));
        var buyer = detail.RootElement.GetProperty("parties")[0].GetProperty("name").GetString()!;
        var unit = detail.RootElement.GetProperty("property").GetProperty("unitNumber").GetString()!;
        var day = number[..^4];

        static string E(string s) => Uri.EscapeDataString(s);
        return
        [
            new("worklist", "GET /api/tasks", "clerk", "/api/tasks"),
            new("worklist", "GET /api/tasks", "reviewer", "/api/tasks"),
            new("worklist", "GET /api/tasks", "approver", "/api/tasks"),
            new("list", "all, page 1", "clerk", "/api/applications"),
            new("list", "all, page 50", "clerk", "/api/applications?page=50"),
            new("list", "status=in-progress", "clerk", "/api/applications?status=in-progress"),
            new("list", "status=completed", "clerk", "/api/applications?status=completed"),
            new("list", "step=review", "clerk", "/api/applications?step=review"),
            new("list", "step=pickup", "clerk", "/api/applications?step=pickup"),
            new("list", "overdue=true", "clerk", "/api/applications?overdue=true"),
            new("list", "overdue=false", "clerk", "/api/applications?overdue=false"),
            new("list", "status=in-progress&overdue=true", "clerk", "/api/applications?status=in-progress&overdue=true"),
            new("search", "q=receipt number", "clerk", $"/api/applications?q={E(number)}"),
            new("search", "q=receipt day prefix", "clerk", $"/api/applications?q={E(day)}"),
            new("search", "q=application id", "clerk", $"/api/applications?q={E(id)}"),
            new("search", "q=party name", "clerk", $"/api/applications?q={E(buyer)}"),
            new("search", "q=surname", "clerk", $"/api/applications?q={E(buyer[..1])}"),
            new("search", "q=unit number", "clerk", $"/api/applications?q={E(unit)}"),
            new("list", "GET /api/applications/{id}", "clerk", $"/api/applications/{id}"),
            new("daily", "GET /api/reports/daily (today)", "manager", "/api/reports/daily"),
            new("dashboard", "GET /manager (7 days, page)", "manager", "/manager"),
        ];
    }

    private static async Task<(double Ms, long Bytes)> TimeAsync(HttpClient http, string token, Query query, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, query.Path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var ms = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{query.Name} as {query.User}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 300)]}");
        return (ms, body.LongLength);
    }

    private static async Task<string> SignInAsync(HttpClient http, string user, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/login", new { userName = user, password = Password }, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Nearest rank.</summary>
    public static double Percentile(IReadOnlyList<double> values, int percent)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
