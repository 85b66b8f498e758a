using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace RegistrationFlow.Cluster.Load;

/// <summary>One answer: status, JSON body (if any), ETag header.</summary>
public sealed record Answer(HttpStatusCode Status, JsonElement? Body, string? ETag)
{
    public int Code => (int)Status;
    public bool IsSuccess => Code is >= 200 and < 300;

    public string? Text(string property) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public string? EntityTag => ETag ?? Text("etag");
}

/// <summary>
/// The API as the simulated users reach it: through nginx, with a bearer token per demo user (signed in once, again on
/// 401). A request that gets no answer — refused or reset connection, timeout — or a 5xx (from nginx or a node) comes
/// back as null and is counted by kind in the <see cref="Ledger"/>: the client does not know whether it was carried out.
/// </summary>
public sealed class ClusterApi(HttpClient http, Ledger ledger) : IDisposable
{
    public const string Password = "Demo-Pass-1";
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public Ledger Ledger => ledger;

    public static ClusterApi Create(Uri nginx, TimeSpan timeout, Ledger ledger)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromSeconds(30),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            MaxConnectionsPerServer = 64,
        };
        return new ClusterApi(new HttpClient(handler) { BaseAddress = nginx, Timeout = timeout }, ledger);
    }

    public Task<Answer?> GetAsync(string user, string path, CancellationToken cancellation) =>
        SendAsync(user, HttpMethod.Get, path, null, null, cancellation);

    public Task<Answer?> PostAsync(string user, string path, object? body, string? ifMatch, CancellationToken cancellation) =>
        SendAsync(user, HttpMethod.Post, path, body, ifMatch, cancellation);

    public async Task<Answer?> SendAsync(string user, HttpMethod method, string path, object? body, string? ifMatch, CancellationToken cancellation)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var token = await TokenAsync(user, cancellation);
            if (token is null) return null;
            var answer = await SendOnceAsync(method, path, body, ifMatch, token, cancellation);
            if (answer is null || answer.Status != HttpStatusCode.Unauthorized) return answer;
            _tokens.TryRemove(new KeyValuePair<string, string>(user, token));
        }
        ledger.Error("401 after signing in again", $"{method} {path}");
        return null;
    }

    private async Task<string?> TokenAsync(string user, CancellationToken cancellation)
    {
        if (_tokens.TryGetValue(user, out var token)) return token;
        var answer = await SendOnceAsync(HttpMethod.Post, "api/auth/login", new { userName = user, password = Password }, null, null, cancellation);
        if (answer is null) return null;
        if (!answer.IsSuccess || answer.Text("accessToken") is not { Length: > 0 } issued)
        {
            ledger.Error($"sign-in {answer.Code}", user);
            return null;
        }
        return _tokens.GetOrAdd(user, issued);
    }

    private async Task<Answer?> SendOnceAsync(HttpMethod method, string path, object? body, string? ifMatch, string? token, CancellationToken cancellation)
    {
        ledger.Request();
        using var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (body is not null) request.Content = JsonContent.Create(body);
        try
        {
            using var response = await http.SendAsync(request, cancellation);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellation);
            var answer = new Answer(response.StatusCode, Parse(bytes), response.Headers.ETag?.ToString());
            switch (answer.Code)
            {
                case 502 or 503 or 504:
                    ledger.Error($"http {answer.Code}");
                    return null;
                case >= 500:
                    // The outcome is as unknown as after a reset: the product may have committed before it failed.
                    ledger.Error($"http {answer.Code}", $"{method} {path}: {answer.Text("title")} {answer.Text("detail")}");
                    return null;
                default:
                    return answer;
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            ledger.Error("cancelled at the end of the load");
            return null;
        }
        catch (TaskCanceledException)
        {
            ledger.Error("timeout");
            return null;
        }
        catch (HttpRequestException e)
        {
            ledger.Error(e.InnerException is SocketException socket ? $"connection ({socket.SocketErrorCode})"
                : e.HttpRequestError == HttpRequestError.ResponseEnded ? "connection (response ended)"
                : $"connection ({e.HttpRequestError})");
            return null;
        }
        catch (IOException)
        {
            ledger.Error("connection (io)");
            return null;
        }
    }

    private static JsonElement? Parse(byte[] bytes)
    {
        if (bytes.Length == 0) return null;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static long? RowVersionOf(string? etag)
    {
        if (etag is null) return null;
        var text = etag.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal)) text = text[2..];
        return long.TryParse(text.Trim('"'), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    public void Dispose() => http.Dispose();
}
