namespace RegistrationFlow.Web.Security;

/// <summary>
/// Headers every response carries: no MIME sniffing, no referrer (addresses name applications), no framing anywhere, and
/// a content security policy by kind of response — the product's pages load only what the product serves; the API page
/// and the jobs dashboard also run their own inline scripts; API answers (JSON) may load nothing at all.
/// </summary>
internal static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ToolPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string DataPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static string PolicyFor(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") ? DataPolicy
        : path.StartsWithSegments("/scalar") || path.StartsWithSegments(Hangfire.HangfireSetup.DashboardPath) ? ToolPolicy
        : PagePolicy;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = PolicyFor(context.Request.Path); // replaces Blazor's frame-ancestors-only policy
            return Task.CompletedTask;
        });
        return next(context);
    });
}
