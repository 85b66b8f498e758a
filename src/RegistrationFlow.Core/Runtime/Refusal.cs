using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Runtime;

public enum RefusalCode
{
    /// <summary>The actor does not hold the step's role (or the withdrawal role).</summary>
    NotYourRole,
    /// <summary>The actor acted on a step this one lists in <c>not-by</c> (不相容岗位分离).</summary>
    SeparationOfDuties,
    /// <summary>The action's <c>when</c> guard is false for this application.</summary>
    GuardFalse,
    /// <summary>The guard could not be evaluated (threw, looped, ran out of memory).</summary>
    GuardFailed,
    RequiredFieldMissing,
    /// <summary>The workflow has the action, but no open step offers it now.</summary>
    StepNotOpen,
    InstanceEnded,
    /// <summary>No step of the workflow has an action by that name.</summary>
    UnknownAction,
    /// <summary>Withdrawal (撤回) after registration (登簿).</summary>
    AlreadyRegistered,
    /// <summary>A deadline falls outside the business calendar's holiday data; nothing changed.</summary>
    CalendarNotCovered,
    /// <summary>受理 while a material the definition requires has not been received; <c>Detail</c> lists their ids.</summary>
    RequiredMaterialMissing,
    /// <summary>受理 with a tolerable (容缺) material missing but no promise date to supply it.</summary>
    PromiseDateMissing,
    /// <summary>The promise date for 容缺 materials is not a working day after acceptance within the allowed period.</summary>
    PromiseDateInvalid,
    /// <summary>登簿 while a 容缺 material is still owed; <c>Detail</c> lists their ids.</summary>
    OwedMaterialOutstanding,
    /// <summary>Owed materials recorded for an application that owes none of them.</summary>
    NothingOwed,
    /// <summary>撤回: the application's last action is not one the definition lets be taken back (<c>recall: true</c>).</summary>
    NothingToRecall,
    /// <summary>撤回: the last action was someone else's.</summary>
    RecallNotYours,
    /// <summary>撤回: the step the action entered has been taken up (claimed or left) since.</summary>
    RecallTooLate,
}

/// <summary>Why an action was not taken. Nothing changed. <paramref name="Detail"/> is for logs and audit (field names, step ids, guard errors).</summary>
public sealed record Refusal(RefusalCode Code, LocalizedText Message, string? Detail = null);
