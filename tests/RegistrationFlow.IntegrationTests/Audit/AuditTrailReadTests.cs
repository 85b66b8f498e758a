using System.Net;
using System.Net.Http.Json;
using System.Text;
using RegistrationFlow.IntegrationTests.Hosting;
using RegistrationFlow.Web.Features.Audit;

namespace RegistrationFlow.IntegrationTests.Audit;

/// <summary>GET /api/audit and its CSV export: filters, pages, refusals, and who may read the trail.</summary>
public sealed class AuditTrailReadTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static IEnumerable<JsonElementRow> Items(System.Text.Json.JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => new JsonElementRow(
            i.GetProperty("sequence").GetInt64(), i.GetProperty("actor").GetString()!, i.GetProperty("action").GetString()!,
            i.TryGetProperty("applicationId", out var a) && a.ValueKind == System.Text.Json.JsonValueKind.String ? a.GetGuid() : null));

    private sealed record JsonElementRow(long Sequence, string Actor, string Action, Guid? ApplicationId);

    [Fact]
    public async Task Filters_by_user_and_action_newest_first_a_page_at_a_time()
    {
        await host.SignInAsync("reviewer");
        await host.SignInAsync("reviewer");
        using var manager = host.CreateClient(await host.SignInAsync("manager"));

        var first = await (await manager.GetAsync("/api/audit?user=reviewer&action=sign-in&pageSize=1")).ReadJsonAsync();
        var second = await (await manager.GetAsync("/api/audit?user=reviewer&action=sign-in&pageSize=1&page=2")).ReadJsonAsync();
        var all = Items(await (await manager.GetAsync("/api/audit?user=reviewer&action=sign-in&pageSize=200")).ReadJsonAsync()).ToList();

        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.True(all.Count >= 2);
        Assert.All(all, r => Assert.Equal(("reviewer", "sign-in"), (r.Actor, r.Action)));
        Assert.Equal(all.Select(r => r.Sequence).OrderDescending(), all.Select(r => r.Sequence));
        Assert.Equal(all[0].Sequence, Items(first).Single().Sequence);
        Assert.Equal(all[1].Sequence, Items(second).Single().Sequence);
    }

    [Fact]
    public async Task Filters_by_application_and_by_office_days()
    {
        var application = await host.AcceptedAsync();
        using var admin = host.CreateClient(await host.SignInAsync("admin"));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(host.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

        var its = Items(await (await admin.GetAsync($"/api/audit?applicationId={application.Id}&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}")).ReadJsonAsync()).ToList();
        var tomorrow = Items(await (await admin.GetAsync($"/api/audit?applicationId={application.Id}&from={today.AddDays(1):yyyy-MM-dd}")).ReadJsonAsync());

        Assert.Equal(["accept", "create"], its.Select(r => r.Action));
        Assert.All(its, r => Assert.Equal(application.Id, r.ApplicationId));
        Assert.Empty(tomorrow);
    }

    [Theory]
    [InlineData("applicationId=not-a-guid", "applicationId")]
    [InlineData("from=2026-03-05&to=2026-03-04", "to")]
    [InlineData("from=9999-12-31", "from")]
    [InlineData("to=03/04/2026", "to")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task A_bad_filter_is_a_400_naming_the_parameter(string query, string parameter)
    {
        using var manager = host.CreateClient(await host.SignInAsync("manager"));

        var response = await manager.GetAsync($"/api/audit?{query}");
        var export = await manager.GetAsync($"/api/audit/export.csv?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, (await response.Content.ReadFromJsonAsync<ValidationProblemBody>())!.Errors.Keys);
        if (!parameter.StartsWith("page", StringComparison.Ordinal)) Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
    }

    [Fact]
    public async Task Clerks_may_read_neither_the_trail_nor_its_export()
    {
        using var clerk = host.CreateClient(await host.SignInAsync("clerk"));

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/audit/export.csv")).StatusCode);
    }

    [Fact]
    public async Task The_export_is_csv_with_a_byte_order_mark_oldest_first_with_the_filters_applied()
    {
        var application = await host.AcceptedAsync();
        using var manager = host.CreateClient(await host.SignInAsync("manager"));

        var response = await manager.GetAsync($"/api/audit/export.csv?applicationId={application.Id}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal(string.Join(',', AuditCsv.Header), lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(",create,", lines[1]);
        Assert.Contains(",accept,", lines[2]);
        Assert.All(lines[1..], line => Assert.Contains(application.Id.ToString(), line));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@sum", "'@sum")]
    [InlineData(null, "")]
    public void A_cell_is_quoted_as_RFC_4180_says_and_never_read_as_a_formula(string? value, string cell) =>
        Assert.Equal(cell, AuditCsv.Cell(value));
}
