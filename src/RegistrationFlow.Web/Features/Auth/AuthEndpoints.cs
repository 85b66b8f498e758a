using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Web.Security;

namespace RegistrationFlow.Web.Features.Auth;

internal static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        auth.MapPost("/login", LoginEndpoint.HandleAsync)
            .AllowAnonymous()
            .WithName("Login")
            .WithSummary("Sign in with user name and password; returns a bearer token.")
            .Produces<LoginResponse>(StatusCodes.Status200OK);

        auth.MapPost("/logout", async (ClaimsPrincipal principal, UserManager<AppUser> users, SignOuts signOuts, CancellationToken cancellationToken) =>
            {
                if (users.GetUserId(principal) is not { } userId) return Results.Unauthorized();
                await signOuts.SignOutAsync(userId, via: "api", cancellationToken);
                return Results.NoContent();
            })
            .WithName("Logout")
            .WithSummary("Signs the caller out: every bearer token and sign-in cookie of the caller stops working.")
            .AllowedBeforePasswordChange();

        auth.MapPost("/password", OwnPasswordEndpoint.HandleAsync)
            .WithName("ChangeOwnPassword")
            .WithSummary("The caller replaces their own password (currentPassword, newPassword); every token and cookie of the caller stops working.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .AllowedBeforePasswordChange();

        auth.MapGet("/antiforgery", (HttpContext http, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                return TypedResults.Ok(new AntiforgeryTokenResponse(tokens.HeaderName!, tokens.RequestToken!));
            })
            .WithName("AntiforgeryToken")
            .WithSummary("For callers signed in with the cookie: the header and token a state change needs.")
            .AllowedBeforePasswordChange();

        auth.MapGet("/me", CurrentUserAsync)
            .WithName("CurrentUser")
            .WithSummary("The signed-in user, their roles and whether they must change their password first.")
            .AllowedBeforePasswordChange();

        return auth;
    }

    private static async Task<Results<Ok<CurrentUserResponse>, UnauthorizedHttpResult>> CurrentUserAsync(
        ClaimsPrincipal principal, UserManager<AppUser> users)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }
        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new CurrentUserResponse(user.UserName!, user.DisplayName, roles.Order().ToList(), user.MustChangePassword));
    }
}

public sealed record AntiforgeryTokenResponse(string HeaderName, string Token);
