namespace RegistrationFlow.LoadTest.Api;

/// <summary>The demo users a lifecycle signs in as (seeded by the service in Development).</summary>
public static class DemoUsers
{
    public const string Clerk = "clerk";

    /// <summary>Review is spread over both reviewers.</summary>
    public static readonly string[] Reviewers = ["reviewer", "reviewer2"];

    /// <summary>Approval is spread over the approver and the lead; the lead never reviews here, so separation of duties holds.</summary>
    public static readonly string[] Approvers = ["approver", "lead"];

    public const string Manager = "manager";
}
