using RegistrationFlow.Core.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Features.Applications;

/// <summary>The engine's refusals of a create or an action as problems, with a stable code per refusal.</summary>
internal static class RefusalProblems
{
    /// <summary>
    /// 403 for role and separation of duties (the code says which), 422 for what the caller can fix or the state does not
    /// allow, 503 when the office's calendar data does not cover the dates involved.
    /// </summary>
    public static ProblemHttpResult Of(HttpContext http, Refusal refusal)
    {
        var code = CodeName(refusal.Code);
        if (refusal.Code == RefusalCode.RequiredFieldMissing)
        {
            var fields = (refusal.Detail ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            return ApiProblems.Validation(http, fields.Select(f => new FieldError(ActionFields.JsonName(f), code, ActionFields.Required(f))).ToList());
        }
        if (refusal.Code == RefusalCode.RequiredMaterialMissing)
        {
            var ids = (refusal.Detail ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            var message = LocalizedText.Of("必交材料未收到。", "This required material has not been received.");
            return ApiProblems.Validation(http, ids.Select(id => new FieldError($"materials[{id}]", code, message)).ToList(), code: code);
        }
        if (refusal.Code is RefusalCode.PromiseDateMissing or RefusalCode.PromiseDateInvalid)
            return ApiProblems.Validation(http, [new FieldError("promisedBy", code, refusal.Message)], code: code);
        if (refusal.Code == RefusalCode.OwedMaterialOutstanding)
        {
            var ids = (refusal.Detail ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            var message = LocalizedText.Of("容缺材料尚未补交。", "This material was accepted as owed and has not been supplied yet.");
            return ApiProblems.Validation(http, ids.Select(id => new FieldError($"materials[{id}]", code, message)).ToList(), code: code);
        }
        var status = refusal.Code switch
        {
            RefusalCode.NotYourRole or RefusalCode.SeparationOfDuties or RefusalCode.RecallNotYours => StatusCodes.Status403Forbidden,
            RefusalCode.NothingOwed or RefusalCode.RecallTooLate => StatusCodes.Status409Conflict,
            RefusalCode.CalendarNotCovered => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return ApiProblems.Of(http, status, code, refusal.Message);
    }

    private static string CodeName(RefusalCode code) => code switch
    {
        RefusalCode.NotYourRole => "not-your-role",
        RefusalCode.SeparationOfDuties => "separation-of-duties",
        RefusalCode.GuardFalse => "guard-false",
        RefusalCode.GuardFailed => "guard-failed",
        RefusalCode.RequiredFieldMissing => "required-field-missing",
        RefusalCode.StepNotOpen => "not-available",
        RefusalCode.InstanceEnded => "application-ended",
        RefusalCode.UnknownAction => "unknown-action",
        RefusalCode.AlreadyRegistered => "already-registered",
        RefusalCode.RequiredMaterialMissing => "required-material-missing",
        RefusalCode.CalendarNotCovered => "calendar-not-covered",
        RefusalCode.PromiseDateMissing => "promise-date-missing",
        RefusalCode.PromiseDateInvalid => "promise-date-invalid",
        RefusalCode.OwedMaterialOutstanding => "owed-material-outstanding",
        RefusalCode.NothingOwed => "nothing-owed",
        RefusalCode.NothingToRecall => "nothing-to-recall",
        RefusalCode.RecallNotYours => "recall-not-yours",
        RefusalCode.RecallTooLate => "recall-too-late",
        _ => code.ToString(),
    };
}
