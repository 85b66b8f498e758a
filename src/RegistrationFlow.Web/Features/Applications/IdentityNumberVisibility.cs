using RegistrationFlow.Infrastructure.Identity;

namespace RegistrationFlow.Web.Features.Applications;

/// <summary>
/// Who sees parties' identity numbers in full: the clerk (checks documents at the counter), the reviewer and the
/// approver (check them against the register). Managers, administrators and anyone else see them masked
/// (<see cref="Core.Registration.Identifiers.IdentityNumberMask"/>).
/// </summary>
internal static class IdentityNumberVisibility
{
    private static readonly string[] SeeInFull = [RoleNames.Clerk, RoleNames.Reviewer, RoleNames.Approver];

    public static bool SeesFullNumbers(IReadOnlySet<string> roles) => SeeInFull.Any(roles.Contains);
}
