using Microsoft.AspNetCore.Identity;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Web.Components.Localization;
using RegistrationFlow.Web.Components.Time;

namespace RegistrationFlow.Web.Features.Account;

/// <summary>
/// Signs a person in to the screens with the sign-in cookie: the same password check, lockout and audit records as
/// <c>POST /api/auth/login</c>, then their saved language becomes the culture cookie.
/// </summary>
public sealed class CookieSignIn(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    AuditTrail audit,
    OfficeTime office)
{
    /// <returns>Null when signed in, else why not.</returns>
    public async Task<LocalizedText?> SignInAsync(HttpContext http, string userName, string password, CancellationToken cancellationToken)
    {
        userName = userName.Trim();
        var actor = userName.Length > 256 ? userName[..256] : userName;
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            await audit.AppendAsync(new AuditEntry(actor, null, AuditActions.SignInFailed, Detail: new { reason = "unknown-user", via = "screen" }), cancellationToken);
            return AccountTexts.WrongCredentials;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            var until = await users.GetLockoutEndDateAsync(user) ?? DateTimeOffset.MaxValue;
            await audit.AppendAsync(new AuditEntry(actor, null, AuditActions.SignInLockedOut, Detail: new { lockedUntil = until, via = "screen" }), cancellationToken);
            return AccountTexts.LockedOut(office.FormatSeconds(until));
        }
        if (!result.Succeeded)
        {
            var failures = await users.GetAccessFailedCountAsync(user);
            await audit.AppendAsync(new AuditEntry(actor, null, AuditActions.SignInFailed, Detail: new { reason = "wrong-password", failures, via = "screen" }), cancellationToken);
            return AccountTexts.WrongCredentials;
        }

        var roles = await users.GetRolesAsync(user);
        await audit.AppendAsync(new AuditEntry(user.UserName!, string.Join(",", roles.Order()), AuditActions.SignIn, Detail: new { via = "screen" }), cancellationToken);
        await signIn.SignInAsync(user, isPersistent: false);

        var saved = (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == UiLanguage.ClaimType)?.Value;
        if (saved is not null)
        {
            UiLanguage.WriteCookie(http.Response, saved);
        }
        return null;
    }
}
