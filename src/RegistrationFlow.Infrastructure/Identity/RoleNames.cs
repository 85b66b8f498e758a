namespace RegistrationFlow.Infrastructure.Identity;

/// <summary>The staff roles; the same words the workflow definitions use.</summary>
public static class RoleNames
{
    public const string Clerk = "clerk";
    public const string Reviewer = "reviewer";
    public const string Approver = "approver";
    public const string Manager = "manager";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Clerk, Reviewer, Approver, Manager, Admin];
}
