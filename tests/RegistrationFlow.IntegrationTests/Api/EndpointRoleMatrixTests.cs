using System.Net;
using System.Text;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Api;

/// <summary>
/// Who may call what, endpoint by endpoint, from the OpenAPI document: every endpoint has an entry here (a new one
/// without an entry fails), anonymous callers get 401 except where listed (then anyone may call), a role not listed gets 403 and a listed role
/// gets past authorization (whatever the made-up resource then answers). Which role may take an application's action or
/// claim a task is the workflow definition's, decided per application: those endpoints are listed for all staff.
/// </summary>
public sealed class EndpointRoleMatrixTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private const string Anonymous = "anonymous";
    private static readonly string[] Roles = ["clerk", "reviewer", "approver", "manager", "admin"];
    private static readonly string[] Staff = Roles;
    private static readonly string[] ManagerOrAdmin = ["manager", "admin"];

    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        ["POST /api/auth/login"] = [Anonymous],
        ["POST /api/auth/logout"] = Staff,
        ["GET /api/auth/antiforgery"] = Staff,
        ["GET /api/auth/me"] = Staff,
        ["POST /api/auth/password"] = Staff,
        ["POST /api/applications"] = ["clerk"],
        ["GET /api/applications"] = Staff,
        ["GET /api/applications/{id}"] = Staff,
        ["GET /api/applications/{id}/history"] = Staff,
        ["POST /api/applications/{id}/actions/{action}"] = Staff,
        ["POST /api/applications/{id}/recall"] = Staff,
        ["GET /api/tasks"] = Staff,
        ["POST /api/tasks/{id}/claim"] = Staff,
        ["POST /api/tasks/{id}/transfer"] = Staff,
        ["POST /api/tasks/reassign"] = ["manager"],
        ["GET /api/calendar/working-days"] = Staff,
        ["GET /api/calendar/years"] = Staff,
        ["GET /api/calendar/years/{year}"] = Staff,
        ["GET /api/calendar/years/{year}/versions/{version}"] = Staff,
        ["POST /api/calendar/years/{year}"] = ManagerOrAdmin,
        ["GET /api/calendar/hours"] = Staff,
        ["PUT /api/calendar/hours"] = ManagerOrAdmin,
        ["GET /api/service-levels/preview"] = Staff,
        ["GET /api/workflows"] = Staff,
        ["GET /api/workflows/{id}/versions/{version}"] = Staff,
        ["GET /api/workflows/{id}/versions/{version}/diagram.svg"] = Staff,
        ["POST /api/workflows/validate"] = Staff,
        ["POST /api/workflows/{id}/drafts"] = ["manager"],
        ["POST /api/workflows/{id}/versions/{version}/publish"] = ["manager"],
        ["GET /api/certificates/{number}"] = Staff,
        ["GET /api/reports/daily"] = Staff,
        ["GET /api/audit/verify"] = ["admin"],
        ["GET /api/audit"] = ManagerOrAdmin,
        ["GET /api/audit/export.csv"] = ManagerOrAdmin,
        ["GET /api/notifications"] = ManagerOrAdmin,
        ["POST /api/applications/{id}/materials"] = ["clerk"],
        ["GET /api/applications/{id}/payments"] = Staff,
        ["POST /api/applications/{id}/payments"] = ["clerk"],
        ["POST /api/applications/{id}/payments/{paymentId}/void"] = ["clerk", "manager"],
        ["GET /api/users"] = ["admin"],
        ["POST /api/users"] = ["admin"],
        ["PUT /api/users/{userName}/roles"] = ["admin"],
        ["POST /api/users/{userName}/lock"] = ["admin"],
        ["POST /api/users/{userName}/unlock"] = ["admin"],
        ["POST /api/users/{userName}/password"] = ["admin"],
        ["POST /api/users/{userName}/force-password-change"] = ["admin"],
    };

    private async Task<List<string>> DocumentedEndpointsAsync() =>
        (await DocumentedEndpoints.ReadAsync(host)).Select(e => $"{e.Method} {e.Template}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Every_endpoint_in_the_document_has_an_entry_and_every_entry_an_endpoint()
    {
        var documented = await DocumentedEndpointsAsync();

        Assert.Equal(Matrix.Keys.Order(StringComparer.Ordinal), documented);
    }

    [Fact]
    public async Task Each_endpoint_answers_each_role_as_its_entry_says()
    {
        var tokens = new Dictionary<string, string>();
        foreach (var role in Roles) tokens[role] = await host.SignInAsync(role);
        var wrong = new List<string>();

        foreach (var endpoint in await DocumentedEndpointsAsync())
        {
            if (!Matrix.TryGetValue(endpoint, out var allowed)) continue; // reported by the test above
            foreach (var caller in Roles.Prepend(Anonymous))
            {
                var token = caller == Anonymous ? null : tokens[caller];
                var status = await CallAsync(endpoint, token);
                // Signing out ends every token of the caller: sign in again for the endpoints after it.
                if (endpoint == "POST /api/auth/logout" && caller != Anonymous) tokens[caller] = await host.SignInAsync(caller);
                var expected = allowed.Contains(Anonymous) || allowed.Contains(caller) ? "allowed"
                    : caller == Anonymous ? "401" : "403";
                var ok = expected switch
                {
                    "allowed" => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)status < 500,
                    "401" => status == HttpStatusCode.Unauthorized,
                    _ => status == HttpStatusCode.Forbidden,
                };
                if (!ok) wrong.Add($"{endpoint} as {caller}: {(int)status}, expected {expected}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private async Task<HttpStatusCode> CallAsync(string endpoint, string? token)
    {
        var (method, template) = (endpoint[..endpoint.IndexOf(' ')], endpoint[(endpoint.IndexOf(' ') + 1)..]);
        var path = template
            .Replace("/applications/{id}", $"/applications/{Guid.NewGuid()}")
            .Replace("/tasks/{id}", $"/tasks/{Guid.NewGuid()}")
            .Replace("/workflows/{id}", "/workflows/commercial-housing-transfer")
            .Replace("{paymentId}", Guid.NewGuid().ToString())
            .Replace("{action}", "accept").Replace("{year}", "2026").Replace("{version}", "1").Replace("{number}", "none");
        using var client = token is null ? host.CreateClient() : host.CreateClient(token);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
