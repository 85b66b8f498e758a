using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>Bad bodies for POST /api/applications: the documented status, errors keyed by JSON path, nothing written.</summary>
public sealed class IntakeValidationTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    public static TheoryData<string, string, string?, string, string> WrongFields => new()
    {
        // what, JSON path to change, new value (null removes it), error path, code (prefix)
        { "resident ID check character", "parties[0].idNumber", "110105194912310021", "parties[0].idNumber", "resident-id.check-character" },
        { "resident ID birth date", "parties[0].idNumber", "11010519490230002X", "parties[0].idNumber", "resident-id.birth-date" },
        { "resident ID length", "parties[0].idNumber", "1101051949", "parties[0].idNumber", "resident-id.length" },
        { "resident ID letter", "parties[0].idNumber", "1101051949123100AX", "parties[0].idNumber", "resident-id.character" },
        { "USCC check character", "parties[1].idNumber", "91350100M000100Y44", "parties[1].idNumber", "uscc.check-character" },
        { "USCC forbidden letter", "parties[1].idNumber", "91350100M0001O0Y43", "parties[1].idNumber", "uscc.character" },
        { "USCC organisation code check", "parties[1].idNumber", "91350100M000100X43", "parties[1].idNumber", "uscc." },
        { "USCC length", "parties[1].idNumber", "91350100M000", "parties[1].idNumber", "uscc.length" },
        { "unit number length", "property.unitNumber", "33108200100", "property.unitNumber", "unit-number.length" },
        { "unit number land ownership", "property.unitNumber", "331082001001XB00001F00010001", "property.unitNumber", "unit-number." },
        { "unit number no fixture", "property.unitNumber", "331082001001GB00001W00010001", "property.unitNumber", "unit-number." },
        { "missing property", "property", null, "property", "intake.property.required" },
        { "missing price", "price", null, "price", "intake.price.required" },
        { "missing id type", "parties[0].idType", null, "parties[0].idType", "intake.party.id-type.required" },
        { "unknown id type", "parties[0].idType", "driving-licence", "parties[0].idType", "intake.party.id-type.unknown" },
        { "missing workflow", "workflow", null, "workflow", "intake.workflow.required" },
        { "unknown workflow", "workflow", "space-station-transfer", "workflow", "intake.workflow.unknown" },
    };

    [Theory]
    [MemberData(nameof(WrongFields))]
    public async Task A_wrong_field_is_422_at_its_path_and_writes_nothing(string what, string change, string? value, string path, string code)
    {
        var body = CommercialBody();
        Set(body, change, value);
        var clerk = await host.ClientAsync("clerk");
        clerk.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var before = await host.CountRowsAsync();

        var response = await clerk.PostAsJsonAsync("/api/applications", body);

        Assert.Equal(before, await host.CountRowsAsync());
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{what}: {(int)response.StatusCode}");
        var problem = await ReadAsync(response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("codes").TryGetProperty(path, out var codes), $"{what}: {problem}");
        Assert.StartsWith(code, codes[0].GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errors").GetProperty(path)[0].GetString()));
    }

    [Fact]
    public async Task An_unknown_workflow_is_named_and_a_buyer_without_seller_is_reported_on_parties()
    {
        var clerk = await host.ClientAsync("clerk");
        clerk.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var unknown = CommercialBody();
        unknown["workflow"] = "space-station-transfer";
        var problem = await ReadAsync(await clerk.PostAsJsonAsync("/api/applications", unknown));
        Assert.Contains("space-station-transfer", problem.GetProperty("errors").GetProperty("workflow")[0].GetString());

        var lonely = CommercialBody();
        lonely["parties"]!.AsArray().RemoveAt(1);
        var before = await host.CountRowsAsync();
        var response = await clerk.PostAsJsonAsync("/api/applications", lonely);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("intake.parties.role-missing", (await ReadAsync(response)).GetProperty("codes").GetProperty("parties")[0].GetString());
        Assert.Equal(before, await host.CountRowsAsync());
    }

    [Fact]
    public async Task Malformed_json_is_400_and_an_oversize_body_413_and_neither_writes()
    {
        var clerk = await host.ClientAsync("clerk");
        var before = await host.CountRowsAsync();
        var malformed = await clerk.PostAsync("/api/applications", new StringContent("{\"workflow\": \"commercial-housing-transfer\", ", Encoding.UTF8, "application/json"));
        var wrongType = await clerk.PostAsync("/api/applications", new StringContent("{\"price\": \"a lot\"}", Encoding.UTF8, "application/json"));
        var huge = CommercialBody();
        huge["property"]!["address"] = new string('街', 600_000);
        var oversize = await clerk.PostAsJsonAsync("/api/applications", huge);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversize.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await host.CountRowsAsync());
    }

    [Fact]
    public async Task A_valid_body_after_the_refusals_still_gets_the_first_receipt_number_of_the_day()
    {
        var clerk = await host.ClientAsync("clerk");
        var bad = CommercialBody();
        bad["price"] = null;
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await clerk.PostAsJsonAsync("/api/applications", bad)).StatusCode);
        var created = await CreateAsync(clerk, CommercialBody());
        var number = created.GetProperty("number").GetString()!;
        var count = await host.DbAsync(db => Task.FromResult(db.Applications.Count()));
        Assert.Equal($"LH20260302{count:0000}", number); // no number was used up by a refusal
    }

    private static void Set(JsonObject body, string path, string? value)
    {
        JsonNode node = body;
        var parts = path.Split('.');
        foreach (var part in parts[..^1]) node = Step(node, part)!;
        var last = parts[^1];
        if (value is null) node.AsObject().Remove(last);
        else node[last] = value;
    }

    private static JsonNode? Step(JsonNode node, string part)
    {
        var bracket = part.IndexOf('[');
        if (bracket < 0) return node[part];
        return node[part[..bracket]]![int.Parse(part[(bracket + 1)..^1])];
    }
}
