using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RegistrationFlow.Infrastructure.Identity;

namespace RegistrationFlow.Web.Security;

/// <summary>
/// Every request signed in by a bearer token or the cookie is checked against the user's current security stamp
/// (<see cref="SecurityStamps"/>): a token or cookie from before a sign-out or a lockout counts as nobody signed in, so
/// the request is answered 401 as if it carried none.
/// </summary>
internal static class RevokedSessions
{
    public static IApplicationBuilder UseRevokedSessions(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && await IsRevokedAsync(context))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (context.Features.Get<Microsoft.AspNetCore.Authentication.IAuthenticateResultFeature>() is { } result)
                result.AuthenticateResult = AuthenticateResult.NoResult();
        }
        await next(context);
    });

    private static async Task<bool> IsRevokedAsync(HttpContext context)
    {
        var claims = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.User.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.User.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is null || stamp is null) return true;
        var current = await context.RequestServices.GetRequiredService<SecurityStamps>().CurrentAsync(userId, context.RequestAborted);
        return !string.Equals(stamp, current, StringComparison.Ordinal);
    }
}
