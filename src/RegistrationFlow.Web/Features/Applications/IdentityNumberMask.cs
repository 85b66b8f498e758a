using RegistrationFlow.Infrastructure.Identity;

namespace RegistrationFlow.Web.Features.Applications;

/// <summary>
/// Who sees parties' identity numbers in full: the clerk (checks documents at the counter), the reviewer and the
/// approver (check them against the register). Managers, administrators and anyone else see them masked:
/// the first six and last four characters stay (<c>110105********002X</c>), enough to tell parties apart.
/// </summary>
internal static class IdentityNumberMask
{
    private static readonly string[] SeeInFull = [RoleNames.Clerk, RoleNames.Reviewer, RoleNames.Approver];

    public static bool SeesFullNumbers(IReadOnlySet<string> roles) => SeeInFull.Any(roles.Contains);

    public static string Mask(string number)
    {
        if (number.Length <= 4) return new string('*', number.Length);
        var keepStart = number.Length > 10 ? 6 : 0;
        return string.Concat(number.AsSpan(0, keepStart), new string('*', number.Length - keepStart - 4), number.AsSpan(number.Length - 4));
    }
}
