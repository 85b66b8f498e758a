using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Features.Auth;

/// <summary>
/// Checks the password (counting failures towards lockout) and records the attempt in the audit trail (<see cref="SignInAttempts"/>); on
/// success lets the bearer-token handler write <c>{tokenType, accessToken, expiresIn, refreshToken}</c>.
/// </summary>
internal static class LoginEndpoint
{
    public static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> HandleAsync(
        LoginRequest request,
        HttpContext http,
        SignInAttempts attempts,
        SignInManager<AppUser> signIn,
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
                return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
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

    private static ProblemHttpResult WrongCredentials(HttpContext http) => TypedResults.Problem(
        title: http.Localize(AuthTexts.WrongCredentials),
        detail: http.Localize(AuthTexts.WrongCredentialsDetail),
        statusCode: StatusCodes.Status401Unauthorized);
}
