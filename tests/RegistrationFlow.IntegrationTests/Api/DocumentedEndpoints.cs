using System.Net.Http.Json;
using System.Text.Json;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Api;

/// <summary>Every operation of the host's OpenAPI document, as (method, path template), in a stable order.</summary>
internal static class DocumentedEndpoints
{
    public static async Task<List<(string Method, string Template)>> ReadAsync(ServiceHost host)
    {
        using var client = host.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        return document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => operation.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(operation => (operation.Name.ToUpperInvariant(), path.Name)))
            .OrderBy(e => e.Item2, StringComparer.Ordinal).ThenBy(e => e.Item1, StringComparer.Ordinal).ToList();
    }
}
