using Microsoft.OpenApi;

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
}
