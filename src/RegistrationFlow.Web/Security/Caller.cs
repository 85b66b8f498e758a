using System.Security.Claims;
using RegistrationFlow.Infrastructure.Applications;

namespace RegistrationFlow.Web.Security;

internal static class Caller
{
    /// <summary>The signed-in person as the application service sees them: user name and roles from the token or cookie.</summary>
    public static StaffMember ToStaffMember(this ClaimsPrincipal principal)
    {
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new StaffMember(principal.Identity?.Name ?? throw new InvalidOperationException("The caller is not signed in."), roles);
    }
}
