namespace RegistrationFlow.Infrastructure.Audit;

/// <summary>Action words recorded by the service itself (workflow actions use their definition's names).</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignInLockedOut = "sign-in-locked-out";
    public const string SignOut = "sign-out";
}
