using RegistrationFlow.Infrastructure.Applications;

namespace RegistrationFlow.IntegrationTests.Hosting;

/// <summary>The demo users as the application service sees them.</summary>
public static class Staff
{
    public static readonly StaffMember Clerk = new("clerk", new HashSet<string> { "clerk" });
    public static readonly StaffMember Reviewer = new("reviewer", new HashSet<string> { "reviewer" });
    public static readonly StaffMember Approver = new("approver", new HashSet<string> { "approver" });
}
