using Microsoft.AspNetCore.Identity;

namespace RegistrationFlow.Infrastructure.Identity;

public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
    /// <summary>The last successful sign-in, for the administrators' list of users.</summary>
    public DateTimeOffset? LastSignInAt { get; set; }
    /// <summary>
    /// Set when an administrator forces a change or chose the password (creating the account, a new password): the next
    /// sign-in only lets the person choose a new one (<see cref="PasswordChangeRequired"/>). Cleared by that change.
    /// </summary>
    public bool MustChangePassword { get; set; }
}
