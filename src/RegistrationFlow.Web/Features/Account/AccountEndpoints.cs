using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Web.Components.Localization;

namespace RegistrationFlow.Web.Features.Account;

/// <summary>Form posts of the screens: sign out, and switch the language (remembered on the person).</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();

        account.MapPost("/signout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/signin");
        });

        account.MapPost("/language", async (
            HttpContext http, ClaimsPrincipal principal, UserManager<AppUser> users,
            [FromForm] string language, [FromForm] string? returnUrl) =>
        {
            language = UiLanguage.Normalise(language);
            UiLanguage.WriteCookie(http.Response, language);
            if (principal.Identity?.IsAuthenticated == true && await users.GetUserAsync(principal) is { } user)
            {
                var old = (await users.GetClaimsAsync(user)).Where(c => c.Type == UiLanguage.ClaimType).ToList();
                if (old.Count > 0)
                {
                    await users.RemoveClaimsAsync(user, old);
                }
                await users.AddClaimAsync(user, new Claim(UiLanguage.ClaimType, language));
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
