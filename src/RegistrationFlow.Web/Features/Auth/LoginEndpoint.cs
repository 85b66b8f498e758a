using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Features.Auth;

/// <summary>
/// Checks the password (counting failures towards lockout), records the attempt in the audit trail, and on
/// success lets the bearer-token handler write <c>{tokenType, accessToken, expiresIn, refreshToken}</c>.
/// </summary>
internal static class LoginEndpoint
{
    public static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> HandleAsync(
        LoginRequest request,
        HttpContext http,
        UserManager<AppUser> users,
        SignInManager<AppUser> signIn,
        AuditTrail audit,
        IOptions<OfficeSettings> office,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            errors["userName"] = [http.Localize(AuthTexts.UserNameRequired)];
        }
        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = [http.Localize(AuthTexts.PasswordRequired)];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var userName = request.UserName!.Trim();
        var actor = userName.Length > 256 ? userName[..256] : userName;
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            await audit.AppendAsync(new AuditEntry(actor, null, AuditActions.SignInFailed, Detail: new { reason = "unknown-user" }), cancellationToken);
            return WrongCredentials(http);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            var until = await users.GetLockoutEndDateAsync(user) ?? DateTimeOffset.MaxValue;
            await audit.AppendAsync(new AuditEntry(actor, null, AuditActions.SignInLockedOut, Detail: new { lockedUntil = until }), cancellationToken);
            var local = office.Value.ToLocal(until);
            return TypedResults.Problem(
                title: http.Localize(AuthTexts.LockedOut),
                detail: http.Localize(AuthTexts.LockedOutDetail(local)),
                statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["lockedUntil"] = local });
        }
        if (!result.Succeeded)
        {
            var failures = await users.GetAccessFailedCountAsync(user);
            await audit.AppendAsync(new AuditEntry(actor, null, AuditActions.SignInFailed, Detail: new { reason = "wrong-password", failures }), cancellationToken);
            return WrongCredentials(http);
        }

        var roles = await users.GetRolesAsync(user);
        await audit.AppendAsync(new AuditEntry(user.UserName!, string.Join(",", roles.Order()), AuditActions.SignIn), cancellationToken);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static ProblemHttpResult WrongCredentials(HttpContext http) => TypedResults.Problem(
        title: http.Localize(AuthTexts.WrongCredentials),
        detail: http.Localize(AuthTexts.WrongCredentialsDetail),
        statusCode: StatusCodes.Status401Unauthorized);
}
