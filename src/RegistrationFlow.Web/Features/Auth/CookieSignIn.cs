using Microsoft.AspNetCore.Identity;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Web.Components.Localization;
using RegistrationFlow.Web.Components.Time;

namespace RegistrationFlow.Web.Features.Auth;

/// <summary>
/// Signs a person in to the screens with the sign-in cookie: the same password check, lockout and audit records as
/// <c>POST /api/auth/login</c>, then their saved language becomes the culture cookie.
/// </summary>
public sealed class CookieSignIn(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    SignInAttempts attempts,
    OfficeTime office)
{
    /// <returns>Null when signed in, else why not.</returns>
    public async Task<LocalizedText?> SignInAsync(HttpContext http, string userName, string password, CancellationToken cancellationToken)
    {
        AppUser user;
        switch (await attempts.AttemptAsync(userName, password, via: "screen", cancellationToken))
        {
            case SignInOutcome.Succeeded succeeded:
                user = succeeded.User;
                break;
            case SignInOutcome.LockedOut lockedOut:
                return AccountTexts.LockedOut(office.FormatSeconds(lockedOut.Until));
            default:
                return AccountTexts.WrongCredentials;
        }
        await signIn.SignInAsync(user, isPersistent: false);

        var saved = (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == UiLanguage.ClaimType)?.Value;
        if (saved is not null)
        {
            UiLanguage.WriteCookie(http.Response, saved);
        }
        return null;
    }
}
