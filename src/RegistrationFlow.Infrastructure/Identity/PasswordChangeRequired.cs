using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace RegistrationFlow.Infrastructure.Identity;

/// <summary>
/// A sign-in of a person who must choose a new password (<see cref="AppUser.MustChangePassword"/>) carries this claim,
/// in the bearer token and the cookie alike; the host then lets that session do nothing but change the password, read
/// who is signed in and sign out. Forcing a change and changing the password both give the user a new security stamp,
/// so no session made before either one outlives it: a session has the claim exactly when the flag was set at its sign-in.
/// </summary>
public static class PasswordChangeRequired
{
    public const string ClaimType = "registrationflow:password-change-required";
    public const string Code = "password-change-required";

    public static bool IsRequired(this ClaimsPrincipal principal) => principal.HasClaim(ClaimType, "true");
}

/// <summary>Identity's principal for a user (name, id, stamp, roles) plus <see cref="PasswordChangeRequired.ClaimType"/> when set.</summary>
public sealed class RegistrationClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword) identity.AddClaim(new Claim(PasswordChangeRequired.ClaimType, "true"));
        return identity;
    }
}
