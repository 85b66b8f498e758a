using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Web.Components.Localization;

namespace RegistrationFlow.Web.Features.Auth;

/// <summary>Form posts of the screens: sign out, and switch the language (remembered on the person).</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();

        account.MapPost("/signout", async (ClaimsPrincipal principal, UserManager<AppUser> users, SignOuts signOuts,
            SignInManager<AppUser> signIn, CancellationToken cancellationToken) =>
        {
            // A copy of the cookie (or a token of the same user) stops working too, not only this browser's.
            if (users.GetUserId(principal) is { } userId) await signOuts.SignOutAsync(userId, via: "screen", cancellationToken);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/signin");
        });

        account.MapPost("/language", async (
            HttpContext http, ClaimsPrincipal principal, UserManager<AppUser> users, UserClaims claims,
            [FromForm] string language, [FromForm] string? returnUrl) =>
        {
            language = UiLanguage.Normalise(language);
            UiLanguage.WriteCookie(http.Response, language);
            if (principal.Identity?.IsAuthenticated == true && users.GetUserId(principal) is { } userId)
            {
                await claims.ReplaceAsync(userId, UiLanguage.ClaimType, language, http.RequestAborted);
            }
            return Results.LocalRedirect(SafeReturn(returnUrl));
        });
        return app;
    }

    /// <summary>Only paths of this site: never an open redirect.</summary>
    public static string SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl
            : "/";
}
