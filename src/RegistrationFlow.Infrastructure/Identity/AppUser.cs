using Microsoft.AspNetCore.Identity;

namespace RegistrationFlow.Infrastructure.Identity;

public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
    /// <summary>The last successful sign-in, for the administrators' list of users.</summary>
    public DateTimeOffset? LastSignInAt { get; set; }
}
