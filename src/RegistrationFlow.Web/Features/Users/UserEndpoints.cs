using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Features.Users;

/// <summary>Staff accounts for administrators: list, create, roles, lock and unlock, a new password, a forced password change. Every change audited.</summary>
internal static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users").RequireAuthorization(policy => policy.RequireRole(RoleNames.Admin));
        users.MapGet("/", async (StaffAccounts accounts, CancellationToken cancellationToken) =>
                TypedResults.Ok(await accounts.ListAsync(cancellationToken)))
            .WithName("ListUsers")
            .WithSummary("Every staff account with its roles, whether it is locked, and its last sign-in (admin).");
        users.MapPost("/", CreateAsync)
            .WithName("CreateUser")
            .WithSummary("A new staff account (admin): userName (a–z first; a–z, 0–9, . _ -; 2–32), displayName, roles, an initial password.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        users.MapPut("/{userName}/roles", async (string userName, RolesRequest request, StaffAccounts accounts, ClaimsPrincipal caller,
                    HttpContext http, CancellationToken cancellationToken) =>
                Answer(http, await accounts.SetRolesAsync(userName, request.Roles, Caller(caller), cancellationToken)))
            .WithName("SetUserRoles")
            .WithSummary("Replaces the account's roles (admin); the user's sessions end. The last administrator keeps the role.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        users.MapPost("/{userName}/lock", async (string userName, StaffAccounts accounts, ClaimsPrincipal caller, HttpContext http,
                    CancellationToken cancellationToken) =>
                Answer(http, await accounts.LockAsync(userName, Caller(caller), cancellationToken)))
            .WithName("LockUser")
            .WithSummary("Locks the account until unlocked (admin); its sessions end. Not the last administrator, not yourself.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{userName}/unlock", async (string userName, StaffAccounts accounts, ClaimsPrincipal caller, HttpContext http,
                    CancellationToken cancellationToken) =>
                Answer(http, await accounts.UnlockAsync(userName, Caller(caller), cancellationToken)))
            .WithName("UnlockUser")
            .WithSummary("Unlocks the account, locked by an administrator or by wrong passwords (admin).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPost("/{userName}/password", async (string userName, PasswordRequest request, StaffAccounts accounts, ClaimsPrincipal caller,
                    HttpContext http, CancellationToken cancellationToken) =>
                Answer(http, await accounts.SetPasswordAsync(userName, request.Password, Caller(caller), cancellationToken)))
            .WithName("SetUserPassword")
            .WithSummary("A new password for the account, handed to the user in person (admin); the user's sessions end and they must choose their own at the next sign-in.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        users.MapPost("/{userName}/force-password-change", async (string userName, StaffAccounts accounts, ClaimsPrincipal caller,
                    HttpContext http, CancellationToken cancellationToken) =>
                Answer(http, await accounts.ForcePasswordChangeAsync(userName, Caller(caller), cancellationToken)))
            .WithName("ForcePasswordChange")
            .WithSummary("The user must choose a new password at the next sign-in (admin); their sessions end now. Not yourself.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return users;
    }

    private static async Task<Results<Created<StaffAccount>, ProblemHttpResult>> CreateAsync(CreateUserRequest request, StaffAccounts accounts,
        ClaimsPrincipal caller, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await accounts.CreateAsync(request.UserName, request.DisplayName, request.Roles, request.Password, Caller(caller), cancellationToken);
        return result is AccountResult.Done done
            ? TypedResults.Created($"/api/users/{Uri.EscapeDataString(done.Account.UserName)}", done.Account)
            : Problem(http, result);
    }

    private static Results<Ok<StaffAccount>, ProblemHttpResult> Answer(HttpContext http, AccountResult result) =>
        result is AccountResult.Done done ? TypedResults.Ok(done.Account) : Problem(http, result);

    private static ProblemHttpResult Problem(HttpContext http, AccountResult result) => result switch
    {
        AccountResult.Invalid invalid => ApiProblems.Validation(http, invalid.Errors),
        AccountResult.Refused refused => ApiProblems.Of(http, StatusCodes.Status409Conflict, refused.Code, refused.Message),
        _ => ApiProblems.Of(http, StatusCodes.Status404NotFound, "user-not-found", LocalizedText.Of("没有这个用户。", "There is no such user.")),
    };

    private static string Caller(ClaimsPrincipal caller) => caller.Identity?.Name ?? "";
}

public sealed record CreateUserRequest(string? UserName, string? DisplayName, List<string>? Roles, string? Password);

public sealed record RolesRequest(List<string>? Roles);

public sealed record PasswordRequest(string? Password);
