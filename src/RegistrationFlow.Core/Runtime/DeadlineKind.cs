namespace RegistrationFlow.Core.Runtime;

/// <summary>The deadlines the engine asks the infrastructure to schedule; each comes back through <see cref="WorkflowEngine.OnDeadline"/>.</summary>
public enum DeadlineKind
{
    /// <summary>Warn-before the due instant: the open steps' roles are told.</summary>
    Warning,
    /// <summary>The due instant has passed without registration: overdue, escalated to managers.</summary>
    Breach,
    /// <summary>The certificate is ready: releases the wait step.</summary>
    CertificateReady,
    /// <summary>The applicant did not supply the requested materials in time: the application counts as withdrawn.</summary>
    SupplementExpiry,
    /// <summary>容缺: the day the applicant promised to supply an owed material has opened: the applicant is reminded.</summary>
    OwedMaterialReminder,
    /// <summary>容缺: the promised day closed with a material still owed: escalated to the managers.</summary>
    OwedMaterialOverdue,
}
