namespace RegistrationFlow.Infrastructure.Audit;

/// <summary>Action words recorded by the service itself (workflow actions use their definition's names).</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignInLockedOut = "sign-in-locked-out";
    public const string SignOut = "sign-out";
    public const string UserCreated = "user-created";
    public const string UserRolesChanged = "user-roles-changed";
    public const string UserLocked = "user-locked";
    public const string UserUnlocked = "user-unlocked";
    public const string UserPasswordSet = "user-password-set";
    /// <summary>An administrator made the user choose a new password at their next sign-in.</summary>
    public const string PasswordChangeForced = "password-change-forced";
    /// <summary>A person changed their own password (the detail says whether it had been forced).</summary>
    public const string PasswordChanged = "password-changed";
    /// <summary>A search by a party's whole identity number (the detail holds it masked).</summary>
    public const string IdentitySearch = "identity-search";
}
