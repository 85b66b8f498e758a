using Microsoft.AspNetCore.Identity;

namespace RegistrationFlow.Infrastructure.Identity;

public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
