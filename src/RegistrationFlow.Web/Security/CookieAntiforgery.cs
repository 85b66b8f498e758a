using Microsoft.AspNetCore.Antiforgery;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Security;

/// <summary>
/// A state change under <c>/api</c> made with the sign-in cookie needs an antiforgery token in the
/// <c>RequestVerificationToken</c> header (<c>GET /api/auth/antiforgery</c> gives one): a browser sends the cookie with
/// a request another site makes it send, but cannot read the token. A bearer token is never sent by the browser on its
/// own, so bearer calls need none; neither do reads.
/// </summary>
internal static class CookieAntiforgery
{
    public const string Code = "antiforgery-token-invalid";

    public static RouteGroupBuilder RequireAntiforgeryWithCookies(this RouteGroupBuilder api)
    {
        api.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (NeedsToken(http) && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
                return ApiProblems.Of(http, StatusCodes.Status400BadRequest, Code, LocalizedText.Of(
                    "使用登录 Cookie 修改数据时须带防伪令牌（RequestVerificationToken 请求头，取自 GET /api/auth/antiforgery）。",
                    "A change made with the sign-in cookie needs an antiforgery token (header RequestVerificationToken, from GET /api/auth/antiforgery)."));
            return await next(context);
        });
        return api;
    }

    private static bool NeedsToken(HttpContext http) =>
        !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method))
        && !http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && http.User.Identity?.IsAuthenticated == true;
}
