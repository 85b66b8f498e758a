using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Features.Auth;

/// <summary>
/// <c>POST /api/auth/password</c>: the caller replaces their own password (<see cref="OwnPasswordChanges"/>). 204 on
/// success — the token used stops working with every other, so the client signs in again with the new password;
/// 422 with one error per field and rule otherwise, nothing changed.
/// </summary>
internal static class OwnPasswordEndpoint
{
    public static async Task<Results<NoContent, UnauthorizedHttpResult, ProblemHttpResult>> HandleAsync(
        OwnPasswordRequest request, ClaimsPrincipal principal, UserManager<AppUser> users, OwnPasswordChanges changes, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (users.GetUserId(principal) is not { } userId) return TypedResults.Unauthorized();
        return await changes.ChangeAsync(userId, request.CurrentPassword, request.NewPassword, via: "api", cancellationToken) switch
        {
            OwnPasswordChangeResult.Done => TypedResults.NoContent(),
            OwnPasswordChangeResult.Invalid invalid => ApiProblems.Validation(http, invalid.Errors),
            _ => TypedResults.Unauthorized(),
        };
    }
}
