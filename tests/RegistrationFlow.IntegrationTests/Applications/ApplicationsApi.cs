using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>Requests and bodies the application tests share.</summary>
internal static class ApplicationsApi
{
    public const string Commercial = "commercial-housing-transfer";

    public static JsonObject CommercialBody(decimal price = 1_250_000m) => new()
    {
        ["workflow"] = Commercial,
        ["property"] = new JsonObject
        {
            ["unitNumber"] = "331082001001GB00001F00010001", ["address"] = "临海市古城街道崇和路 1 幢 101 室", ["area"] = 89.5, ["use"] = "residential",
        },
        ["parties"] = new JsonArray
        {
            new JsonObject { ["role"] = "buyer", ["name"] = "张三", ["idType"] = "resident-id", ["idNumber"] = "11010519491231002x", ["share"] = 1 },
            new JsonObject { ["role"] = "seller", ["name"] = "临海市某房地产开发有限公司", ["idType"] = "uscc", ["idNumber"] = "91350100M000100Y43", ["share"] = 1 },
        },
        ["price"] = price,
        // Every required material received, so the clerk may accept (受理).
        ["materials"] = new JsonArray("application-form", "identity-documents", "developer-credentials", "sale-contract", "deed-tax-proof",
            "developer-first-registration", "purchase-invoice", "interview-record"),
    };

    public static JsonObject LandUseBody() => new()
    {
        ["workflow"] = "land-use-right-first-registration",
        ["property"] = new JsonObject
        {
            ["unitNumber"] = "331082001001GB00002W00000000", ["address"] = "临海市东方大道以南地块", ["area"] = 12000, ["use"] = "industrial",
        },
        ["parties"] = new JsonArray
        {
            new JsonObject { ["role"] = "owner", ["name"] = "临海市某制造有限公司", ["idType"] = "uscc", ["idNumber"] = "91350100M000100Y43", ["share"] = 1 },
        },
        ["materials"] = new JsonArray("application-form", "identity-documents", "land-grant-contract", "land-price-proof", "cadastral-survey", "tax-proof"),
    };

    public static async Task<JsonElement> CreateAsync(HttpClient clerk, JsonObject body)
    {
        var response = await clerk.PostAsJsonAsync("/api/applications", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync(response);
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, JsonElement application, string action, object? body = null) =>
        ActAsync(client, Id(application), action, application.GetProperty("etag").GetString(), body);

    public static async Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, string? etag, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{id}/actions/{action}")
        {
            Content = JsonContent.Create(body ?? new { }),
        };
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request);
    }

    /// <summary>Takes the action and expects 200; returns the updated application.</summary>
    public static async Task<JsonElement> DoAsync(HttpClient client, JsonElement application, string action, object? body = null)
    {
        var response = await ActAsync(client, application, action, body);
        var json = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {json}");
        return json;
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/applications/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Guid Id(JsonElement application) => application.GetProperty("id").GetGuid();

    public static string Step(JsonElement application) => application.GetProperty("step").GetString()!;

    public static string Status(JsonElement application) => application.GetProperty("status").GetString()!;

    public static List<string> Actions(JsonElement application) =>
        application.GetProperty("availableActions").EnumerateArray().Select(a => a.GetProperty("action").GetString()!).ToList();
}
