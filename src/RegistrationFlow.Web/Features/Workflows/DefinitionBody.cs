using System.Text.Json;
using RegistrationFlow.Web.Hosting;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Features.Workflows;

/// <summary>
/// Reads a definition text from the request: JSON <c>{"text": "…", "fileName": "…"}</c>, or the raw YAML body
/// (<c>application/yaml</c>, <c>text/yaml</c>, <c>text/plain</c>).
/// </summary>
internal static class DefinitionBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(DefinitionText? Body, IDictionary<string, string[]>? Errors)> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var request = http.Request;
        DefinitionText? body;
        if (request.HasJsonContentType())
        {
            try
            {
                body = await JsonSerializer.DeserializeAsync<DefinitionText>(request.Body, Json, cancellationToken);
            }
            catch (JsonException)
            {
                return (null, new Dictionary<string, string[]> { ["$"] = [http.Localize(ProblemTitles.MalformedJson)] });
            }
        }
        else
        {
            using var reader = new StreamReader(request.Body);
            body = new DefinitionText(await reader.ReadToEndAsync(cancellationToken), null);
        }
        if (string.IsNullOrWhiteSpace(body?.Text))
        {
            return (null, new Dictionary<string, string[]> { ["text"] = [http.Localize(WorkflowTexts.TextRequired)] });
        }
        return (body, null);
    }
}
