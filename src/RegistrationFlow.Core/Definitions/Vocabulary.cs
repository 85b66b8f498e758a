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
        public const string HandOverCertificate = "hand-over-certificate";
        /// <summary>退回 that makes a new promise: the running clock starts again from now, as <c>on-supplement: restart</c> does.</summary>
        public const string RestartClock = "restart-clock";
        public static readonly IReadOnlySet<string> All = new HashSet<string>
        {
            StartClock, SuspendClock, ResumeClock, RecordInRegister, AllocateCertificateNumber, NotifyApplicant, HandOverCertificate, RestartClock,
        };
    }

    /// <summary>The messages a definition may word (<c>messages:</c>), each with the placeholders its text may use.</summary>
    public static class Messages
    {
        /// <summary>To the roles of the open steps when the warning instant comes: <c>{due}</c>.</summary>
        public const string DeadlineWarning = "deadline-warning";
        /// <summary>To the managers when the due instant passes unregistered: <c>{due}</c>.</summary>
        public const string DeadlineBreach = "deadline-breach";
        /// <summary>To the applicant on <c>notify-applicant</c>: <c>{receipt}</c>.</summary>
        public const string ApplicantUpdate = "applicant-update";
        /// <summary>To the applicant when the certificate is ready for pick-up: <c>{receipt}</c>.</summary>
        public const string CertificateReady = "certificate-ready";
        /// <summary>To the applicant when a supplement was not supplied in time and the application counts as withdrawn: <c>{receipt}</c>.</summary>
        public const string SupplementExpired = "supplement-expired";
        /// <summary>To the applicant and the accepting role on the day a 容缺 material was promised: <c>{receipt}</c>, <c>{promised}</c>, <c>{materials}</c>.</summary>
        public const string OwedMaterialReminder = "owed-material-reminder";
        /// <summary>To the managers when the promised day closes with a 容缺 material still owed: <c>{promised}</c>, <c>{materials}</c>.</summary>
        public const string OwedMaterialOverdue = "owed-material-overdue";

        public const string Due = "due";
        public const string Receipt = "receipt";
        public const string Promised = "promised";
        public const string MaterialList = "materials";

        public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Placeholders = new Dictionary<string, IReadOnlySet<string>>
        {
            [DeadlineWarning] = new HashSet<string> { Due },
            [DeadlineBreach] = new HashSet<string> { Due },
            [ApplicantUpdate] = new HashSet<string> { Receipt },
            [CertificateReady] = new HashSet<string> { Receipt },
            [SupplementExpired] = new HashSet<string> { Receipt },
            [OwedMaterialReminder] = new HashSet<string> { Receipt, Promised, MaterialList },
            [OwedMaterialOverdue] = new HashSet<string> { Receipt, Promised, MaterialList },
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

    /// <summary>撤回 of one's own last action (<c>recall: true</c>): how the visit log and the audit trail name it; no action may take the name.</summary>
    public const string RecallAction = "recall";
}
