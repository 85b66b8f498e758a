namespace RegistrationFlow.Core.Definitions;

/// <summary>The fixed words of the definition language. Definitions may only use these.</summary>
public static class Vocabulary
{
    public static readonly IReadOnlySet<string> Roles = new HashSet<string> { "clerk", "reviewer", "approver", "manager", "admin" };

    public static readonly IReadOnlySet<string> PartyRoles = new HashSet<string> { "buyer", "seller", "mortgagor", "mortgagee", "owner", "applicant" };

    public static class Fields
    {
        public const string Reason = "reason";
        public const string MissingMaterials = "missing-materials";
        public const string ReceivedMaterials = "received-materials";
        public const string Comment = "comment";
        public static readonly IReadOnlySet<string> All = new HashSet<string> { Reason, MissingMaterials, ReceivedMaterials, Comment };
    }

    public static class Effects
    {
        public const string StartClock = "start-clock";
        public const string SuspendClock = "suspend-clock";
        public const string ResumeClock = "resume-clock";
        public const string RecordInRegister = "record-in-register";
        public const string AllocateCertificateNumber = "allocate-certificate-number";
        public const string NotifyApplicant = "notify-applicant";
        public static readonly IReadOnlySet<string> All = new HashSet<string>
        {
            StartClock, SuspendClock, ResumeClock, RecordInRegister, AllocateCertificateNumber, NotifyApplicant,
        };
    }

    /// <summary>Triggers a wait step can wait for.</summary>
    public static class WaitTriggers
    {
        public const string CertificateReady = "certificate-ready";
        public static readonly IReadOnlySet<string> All = new HashSet<string> { CertificateReady };
    }

    /// <summary>The built-in withdraw action (撤回), offered before registration on every workflow.</summary>
    public const string WithdrawAction = "withdraw";
}
