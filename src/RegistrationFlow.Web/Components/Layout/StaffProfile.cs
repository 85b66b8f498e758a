using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Web.Components.Shared;

namespace RegistrationFlow.Web.Components.Layout;

/// <summary>Who is using this circuit: user name, display name and roles, read once.</summary>
public sealed class StaffProfile(AuthenticationStateProvider authentication, ScopedCalls calls)
{
    private Staff? _staff;

    public sealed record Staff(string UserName, string DisplayName, IReadOnlyList<string> Roles, ClaimsPrincipal Principal)
    {
        public bool IsIn(string role) => Roles.Contains(role);

        /// <summary>The person as the application services know them.</summary>
        public StaffMember ToMember() => new(UserName, Roles.ToHashSet(StringComparer.Ordinal));
    }

    public async Task<Staff?> CurrentAsync()
    {
        if (_staff is not null) return _staff;
        var state = await authentication.GetAuthenticationStateAsync();
        var principal = state.User;
        if (principal.Identity?.IsAuthenticated != true || principal.Identity.Name is not { } userName) return null;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order().ToList();
        var displayName = await calls.RunAsync<UserManager<AppUser>, string?>(async users =>
            (await users.FindByNameAsync(userName))?.DisplayName);
        _staff = new Staff(userName, displayName ?? userName, roles, principal);
        return _staff;
    }
}
