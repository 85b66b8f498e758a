using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Features.Auth;

/// <summary>
/// Checks the password (counting failures towards lockout) and records the attempt in the audit trail (<see cref="SignInAttempts"/>); on
/// success answers <c>{tokenType, accessToken, expiresIn}</c>. No refresh token: a token ends when it expires or its user
/// signs out or is locked out (<see cref="SecurityStamps"/>), and then the client signs in again.
/// </summary>
internal static class LoginEndpoint
{
    public static async Task<Results<Ok<LoginResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        LoginRequest request,
        HttpContext http,
        SignInAttempts attempts,
        SignInManager<AppUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer,
        TimeProvider time,
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

        switch (await attempts.AttemptAsync(request.UserName!, request.Password!, via: null, cancellationToken))
        {
            case SignInOutcome.Succeeded succeeded:
                var principal = await signIn.CreateUserPrincipalAsync(succeeded.User);
                return TypedResults.Ok(Issue(principal, bearer.Get(IdentityConstants.BearerScheme), time, succeeded.User.MustChangePassword));
            case SignInOutcome.LockedOut lockedOut:
                var local = office.Value.ToLocal(lockedOut.Until);
                return TypedResults.Problem(
                    title: http.Localize(AuthTexts.LockedOut),
                    detail: http.Localize(AuthTexts.LockedOutDetail(local)),
                    statusCode: StatusCodes.Status401Unauthorized,
                    extensions: new Dictionary<string, object?> { ["lockedUntil"] = local });
            default:
                return WrongCredentials(http);
        }
    }

    /// <summary>The bearer token the bearer handler reads back: the principal and its expiry, protected by the shared keys.</summary>
    private static LoginResponse Issue(System.Security.Claims.ClaimsPrincipal principal, BearerTokenOptions options, TimeProvider time, bool mustChangePassword)
    {
        var now = (options.TimeProvider ?? time).GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration };
        var token = options.BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme));
        return new LoginResponse("Bearer", token, (long)options.BearerTokenExpiration.TotalSeconds, mustChangePassword);
    }

    private static ProblemHttpResult WrongCredentials(HttpContext http) => TypedResults.Problem(
        title: http.Localize(AuthTexts.WrongCredentials),
        detail: http.Localize(AuthTexts.WrongCredentialsDetail),
        statusCode: StatusCodes.Status401Unauthorized);
}
