using System.Net.Http.Json;
using System.Text.Json;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Api;

public sealed class OpenApiDocumentTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Theory]
    [InlineData("/api/calendar/working-days", "get")]
    [InlineData("/api/service-levels/preview", "get")]
    [InlineData("/api/workflows", "get")]
    [InlineData("/api/workflows/{id}/versions/{version}", "get")]
    [InlineData("/api/workflows/{id}/versions/{version}/diagram.svg", "get")]
    [InlineData("/api/workflows/validate", "post")]
    [InlineData("/api/workflows/{id}/drafts", "post")]
    [InlineData("/api/workflows/{id}/versions/{version}/publish", "post")]
    [InlineData("/api/certificates/{number}", "get")]
    [InlineData("/api/reports/daily", "get")]
    [InlineData("/api/audit/verify", "get")]
    [InlineData("/api/notifications", "get")]
    public async Task The_document_describes_the_endpoint_with_a_summary(string path, string method)
    {
        using var client = host.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        var key = paths.EnumerateObject().Select(p => p.Name).FirstOrDefault(p => p.TrimEnd('/') == path);
        Assert.True(key is not null, $"{path} is in the document");
        var operation = paths.GetProperty(key!).GetProperty(method);
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
    }
}
