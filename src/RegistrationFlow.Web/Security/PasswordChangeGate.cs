using Microsoft.AspNetCore.Components.Endpoints;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Security;

/// <summary>
/// A session signed in while the person must change their password (<see cref="PasswordChangeRequired"/>) may do
/// nothing else first: under <c>/api</c> every endpoint not marked <see cref="AllowedBeforePasswordChangeAttribute"/>
/// answers 403 <c>password-change-required</c> (before the roles are looked at); every page not so marked, the jobs
/// dashboard and the API reference redirect to the change-password page. Scripts, styles and the Blazor connection are
/// left alone: they show nothing. Pages reached inside a running circuit are sent there by the main layout.
/// </summary>
internal static class PasswordChangeGate
{
    public const string PagePath = "/account/password";

    private static readonly string[] ToolPaths = ["/hangfire", "/scalar", "/openapi"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated != true || !context.User.IsRequired()
            || context.GetEndpoint()?.Metadata.GetMetadata<AllowedBeforePasswordChangeAttribute>() is not null)
        {
            await next(context);
            return;
        }
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api"))
        {
            await ApiProblems.Of(context, StatusCodes.Status403Forbidden, PasswordChangeRequired.Code, Refusal).ExecuteAsync(context);
            return;
        }
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
            || ToolPaths.Any(tool => path.StartsWithSegments(tool)))
        {
            context.Response.Redirect(PagePath);
            return;
        }
        await next(context);
    });

    public static readonly LocalizedText Refusal = LocalizedText.Of(
        "须先修改密码：管理员要求您设置新密码，在此之前只能修改密码（POST /api/auth/password）、查看本人信息或退出登录。",
        "Change your password first: an administrator requires a new one; until then you may only change it (POST /api/auth/password), read who you are or sign out.");
}
