using System.Net;
using System.Text.Json;

namespace RegistrationFlow.LoadTest.Api;

/// <summary>One answer of the service: status, JSON body (if any) and ETag.</summary>
public sealed record ApiResponse(HttpStatusCode Status, JsonElement? Body, string? ETag)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    public string? Text(string property) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value.GetRawText(),
            }
            : null;

    public long? Number(string property) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(property, out var value) && value.TryGetInt64(out var number)
            ? number
            : null;

    /// <summary>The ETag for the next If-Match: the header if the service sent one, else the body's <c>etag</c>.</summary>
    public string? EntityTag => ETag ?? Text("etag");

    /// <summary>A short description for the error table: the problem's title, or the status.</summary>
    public string Describe()
    {
        var title = Text("title");
        var detail = Text("detail");
        var text = title is null ? Status.ToString() : detail is null ? title : $"{title}: {detail}";
        return text.Length > 120 ? text[..120] + "…" : text;
    }
}
