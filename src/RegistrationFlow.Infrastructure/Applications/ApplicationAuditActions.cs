using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>Audit action words the application service records beside the definition's own action names.</summary>
public static class ApplicationAuditActions
{
    public const string Created = "create";
    /// <summary>A refused attempt that broke separation of duties (不相容岗位分离); recorded although nothing else changed.</summary>
    public const string SeparationOfDutiesRefused = "separation-of-duties-refused";
    public const string DeadlineWarning = "deadline-warning";
    /// <summary>The breach deadline passed: the application is overdue and escalated to managers.</summary>
    public const string Escalated = "escalated";
    public const string CertificateReady = "certificate-ready";
    public const string SupplementExpired = "supplement-expired";
    public const string Claimed = "claim";
    /// <summary>转办: a claimed task was handed to a colleague of the same role (detail: from, to, reason).</summary>
    public const string TaskTransferred = "task-transferred";
    /// <summary>撤回: the person who took the last action took it back (detail: the action recalled).</summary>
    public const string Recalled = RegistrationFlow.Core.Definitions.Vocabulary.RecallAction;
    /// <summary>收件: the clerk recorded the materials received before acceptance.</summary>
    public const string MaterialsRecorded = "materials-recorded";
    /// <summary>容缺: materials accepted as owed were supplied.</summary>
    public const string OwedMaterialsSupplied = "owed-materials-supplied";
    /// <summary>容缺: the promised day opened with materials still owed; the applicant was reminded.</summary>
    public const string OwedMaterialReminder = "owed-material-reminder";
    /// <summary>容缺: the promised day closed with materials still owed; escalated to managers.</summary>
    public const string OwedMaterialOverdue = "owed-material-overdue";

    /// <summary>
    /// A message as the audit detail keeps it: both languages, keyed by language tag (<c>{"zh-CN": …, "en-US": …}</c>),
    /// so the timeline shows it in the reader's language. Records written before kept the English text alone.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Message(LocalizedText text) =>
        new Dictionary<string, string> { ["zh-CN"] = text.ZhCn, ["en-US"] = text.EnUs };
}
