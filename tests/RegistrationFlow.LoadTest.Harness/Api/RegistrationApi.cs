using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace RegistrationFlow.LoadTest.Api;

/// <summary>
/// The service's HTTP API as the load generator uses it. One shared <see cref="HttpClient"/> (pooled connections);
/// each demo user signs in once and the token is reused by every virtual user acting in that role.
/// </summary>
public sealed class RegistrationApi(HttpClient http, string password)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new(StringComparer.Ordinal);

    public Task<string> SignInAsync(string userName, CancellationToken cancellation) =>
        _tokens.GetOrAdd(userName, name => new Lazy<Task<string>>(() => RequestTokenAsync(name, cancellation))).Value;

    public Task<ApiResponse> CreateApplicationAsync(string user, object body, CancellationToken cancellation) =>
        SendAsync(user, HttpMethod.Post, "api/applications", body, ifMatch: null, cancellation);

    public Task<ApiResponse> ActAsync(string user, string applicationId, string action, string? etag, object body, CancellationToken cancellation) =>
        SendAsync(user, HttpMethod.Post, $"api/applications/{Uri.EscapeDataString(applicationId)}/actions/{action}", body, etag, cancellation);

    public Task<ApiResponse> GetApplicationAsync(string user, string applicationId, CancellationToken cancellation) =>
        SendAsync(user, HttpMethod.Get, $"api/applications/{Uri.EscapeDataString(applicationId)}", body: null, ifMatch: null, cancellation);

    /// <summary>How many applications match a list query (<c>{items, total}</c>), asking for one item only.</summary>
    public async Task<long> CountApplicationsAsync(string user, string query, CancellationToken cancellation)
    {
        var response = await SendAsync(user, HttpMethod.Get, $"api/applications?{query}&page=1&pageSize=1", body: null, ifMatch: null, cancellation);
        if (!response.IsSuccess || response.Number("total") is not { } total)
            throw new LoadTestException($"GET /api/applications?{query} answered {(int)response.Status} ({response.Describe()}); cannot count what already exists.");
        return total;
    }

    public async Task<ApiResponse> SendAsync(string user, HttpMethod method, string path, object? body, string? ifMatch, CancellationToken cancellation)
    {
        // Tokens expire (an hour, on the service's clock, which a training or test clock can move on in jumps):
        // sign in again and retry, a bounded number of times.
        for (var attempt = 1; ; attempt++)
        {
            var token = await SignInAsync(user, cancellation);
            var response = await SendOnceAsync(token, method, path, body, ifMatch, cancellation);
            if (response.Status != HttpStatusCode.Unauthorized || attempt == MaxSignInAttempts) return response;
            ForgetToken(user, token);
        }
    }

    private const int MaxSignInAttempts = 3;

    /// <summary>Forgets the token only if it is still the one that was refused, so a fresh one another user just got survives.</summary>
    private void ForgetToken(string user, string refused)
    {
        if (_tokens.TryGetValue(user, out var current) && current.IsValueCreated && current.Value.IsCompletedSuccessfully
            && current.Value.Result == refused)
        {
            _tokens.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(user, current));
        }
    }

    private async Task<ApiResponse> SendOnceAsync(string token, HttpMethod method, string path, object? body, string? ifMatch, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request, cancellation);
        return await ReadAsync(response, cancellation);
    }

    private async Task<string> RequestTokenAsync(string userName, CancellationToken cancellation)
    {
        using var response = await http.PostAsJsonAsync("api/auth/login", new { userName, password }, cancellation);
        var answer = await ReadAsync(response, cancellation);
        if (!answer.IsSuccess || answer.Text("accessToken") is not { Length: > 0 } token)
        {
            _tokens.TryRemove(userName, out _);
            throw new LoadTestException($"Signing in as '{userName}' failed: {(int)answer.Status} {answer.Describe()}. Is the service running in Development with its demo users?");
        }
        return token;
    }

    private static async Task<ApiResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellation);
        JsonElement? body = null;
        if (bytes.Length > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(bytes);
                body = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                body = null; // not JSON (e.g. an HTML error page); the status tells enough
            }
        }
        return new ApiResponse(response.StatusCode, body, response.Headers.ETag?.ToString());
    }
}
