using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Problems;

public sealed class ProblemDetailsTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task Malformed_json_is_a_400_problem_saying_so()
    {
        using var client = host.CreateClient();

        var response = await client.PostAsync("/api/auth/login", new StringContent("{\"userName\": \"clerk\", ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadProblemAsync(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("请求正文不是有效的 JSON", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_a_413_problem()
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var body = JsonSerializer.Serialize(new { userName = new string('a', 1024 * 1024), password = "x" });

        var response = await client.PostAsync("/api/auth/login", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await ReadProblemAsync(response);
        Assert.Equal("Request body too large", problem.GetProperty("title").GetString());
        Assert.Contains("1024 KiB", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_read()
    {
        using var client = host.CreateClient();
        var body = JsonSerializer.Serialize(new { userName = new string('a', 1000 * 1024), password = "x" });

        var response = await client.PostAsync("/api/auth/login", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_non_json_body_is_a_415_problem()
    {
        using var client = host.CreateClient();

        var response = await client.PostAsync("/api/auth/login", new StringContent("userName=clerk", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem_in_the_callers_language()
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var response = await client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found", (await ReadProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_openapi_document_and_the_api_page_are_served()
    {
        using var client = host.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var page = await client.GetAsync("/scalar/");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/auth/login", out _));
        Assert.Equal("http", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string, string, string?, string?, HttpStatusCode, string> FrameworkRefusals => new()
    {
        { "POST", "/api/auth/login", "{\"userName\": ", "application/json", HttpStatusCode.BadRequest, "malformed-json" },
        { "POST", "/api/auth/login", "null", "application/json", HttpStatusCode.BadRequest, "body-required" },
        { "POST", "/api/auth/login", "userName=clerk", "text/plain", HttpStatusCode.UnsupportedMediaType, "unsupported-media-type" },
        { "POST", "/api/auth/login", new string('a', 1100 * 1024), "application/json", HttpStatusCode.RequestEntityTooLarge, "body-too-large" },
        { "GET", "/api/no-such-thing", null, null, HttpStatusCode.NotFound, "not-found" },
        { "DELETE", "/api/auth/login", null, null, HttpStatusCode.MethodNotAllowed, "method-not-allowed" },
        { "GET", "/api/tasks", null, null, HttpStatusCode.Unauthorized, "authentication-required" },
    };

    [Theory]
    [MemberData(nameof(FrameworkRefusals))]
    public async Task Every_refusal_the_framework_writes_is_a_coded_problem_in_the_callers_language_without_internals(
        string method, string path, string? body, string? contentType, HttpStatusCode status, string code)
    {
        foreach (var language in new[] { "zh-CN", "en-US" })
        {
            using var client = host.CreateClient();
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType!);

            var response = await client.SendAsync(request);

            Assert.Equal(status, response.StatusCode);
            var problem = await ReadProblemAsync(response);
            Assert.Equal(code, problem.GetProperty("code").GetString());
            var detail = problem.GetProperty("detail").GetString();
            Assert.False(string.IsNullOrWhiteSpace(detail));
            Assert.Equal(language == "zh-CN", detail!.Any(c => c >= 0x4E00 && c <= 0x9FFF));
            Assert.DoesNotContain("parameter", detail, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Exception", problem.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_query_value_the_endpoint_cannot_read_is_a_400_naming_the_parameter()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var response = await client.GetAsync("/api/applications?page=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadProblemAsync(response);
        Assert.Equal("invalid-parameter", problem.GetProperty("code").GetString());
        Assert.Equal("The value of page is not valid.", problem.GetProperty("detail").GetString());
    }

    private static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
