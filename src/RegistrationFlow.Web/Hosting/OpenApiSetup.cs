using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace RegistrationFlow.Web.Hosting;

internal static class OpenApiSetup
{
    public static IServiceCollection AddRegistrationOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "RegistrationFlow API",
                Version = "v1",
                Description = "不动产登记业务流程 — property-transaction registration workflow service.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "POST /api/auth/login, then send Authorization: Bearer <accessToken>.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
            return Task.CompletedTask;
        }));

    public const string EnabledKey = "ApiReference:Enabled";

    /// <summary>
    /// The OpenAPI document and the API page (Scalar): on by default in Development, for anyone; elsewhere off unless
    /// <c>ApiReference:Enabled=true</c>, and then for signed-in staff only. The page loads nothing from outside: no web
    /// fonts, no telemetry, no links to outside clients or services (centres run on closed networks).
    /// </summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        var development = app.Environment.IsDevelopment();
        if (!app.Configuration.GetValue(EnabledKey, development)) return app;
        var document = app.MapOpenApi();
        var page = app.MapScalarApiReference(options => options
            .WithTitle("RegistrationFlow API")
            .DisableDefaultFonts()
            .HideClientButton()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp());
        if (development)
        {
            document.AllowAnonymous();
            page.AllowAnonymous();
        }
        else
        {
            document.RequireAuthorization();
            page.RequireAuthorization();
        }
        return app;
    }
}
