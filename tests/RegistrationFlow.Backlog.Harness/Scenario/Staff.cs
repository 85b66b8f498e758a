using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Identity;

namespace RegistrationFlow.Backlog.Scenario;

/// <summary>The demo users the web host seeds in Development, so their worklists show the backlog.</summary>
public static class Staff
{
    public static readonly StaffMember Clerk = new("clerk", new HashSet<string> { RoleNames.Clerk });
    public static readonly StaffMember Reviewer = new("reviewer", new HashSet<string> { RoleNames.Reviewer });
    public static readonly StaffMember Reviewer2 = new("reviewer2", new HashSet<string> { RoleNames.Reviewer });
    public static readonly StaffMember Approver = new("approver", new HashSet<string> { RoleNames.Approver });
}
