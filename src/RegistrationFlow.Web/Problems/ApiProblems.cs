using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Web.Features.Applications;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Problems;

/// <summary>
/// Problem details the application endpoints answer with, in the caller's language. Every one carries a stable
/// <c>code</c>; validation problems list <c>errors</c> (messages) and <c>codes</c> keyed by JSON path.
/// </summary>
internal static class ApiProblems
{
    public static ProblemHttpResult Of(HttpContext http, int status, string code, LocalizedText detail, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>()) all[key] = value;
        return TypedResults.Problem(detail: http.Localize(detail), statusCode: status,
            title: ProblemTitles.For(status) is { } title ? http.Localize(title) : null, extensions: all);
    }

    public static ProblemHttpResult Validation(HttpContext http, IReadOnlyList<FieldError> errors, int status = StatusCodes.Status422UnprocessableEntity)
    {
        var problem = new HttpValidationProblemDetails(errors.GroupBy(e => e.Path)
            .ToDictionary(g => g.Key, g => g.Select(e => http.Localize(e.Message)).ToArray()))
        {
            Status = status,
            Title = http.Localize(ProblemTitles.For(status)!),
            Detail = http.Localize(LocalizedText.Of($"请求有 {errors.Count} 处错误。", $"The request has {errors.Count} error(s).")),
        };
        problem.Extensions["code"] = "validation";
        problem.Extensions["codes"] = errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray());
        return TypedResults.Problem(problem);
    }

    /// <summary>
    /// 403 for role and separation of duties (the code says which), 422 for what the caller can fix or the state does not
    /// allow, 503 when the office's calendar data does not cover the dates involved.
    /// </summary>
    public static ProblemHttpResult Refusal(HttpContext http, Refusal refusal)
    {
        var code = RefusalCodeName(refusal.Code);
        if (refusal.Code == RefusalCode.RequiredFieldMissing)
        {
            var fields = (refusal.Detail ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            return Validation(http, fields.Select(f => new FieldError(ActionFields.JsonName(f), code, ActionFields.Required(f))).ToList());
        }
        var status = refusal.Code switch
        {
            RefusalCode.NotYourRole or RefusalCode.SeparationOfDuties => StatusCodes.Status403Forbidden,
            RefusalCode.CalendarNotCovered => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return Of(http, status, code, refusal.Message);
    }

    public static string RefusalCodeName(RefusalCode code) => code switch
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
        RefusalCode.CalendarNotCovered => "calendar-not-covered",
        _ => code.ToString(),
    };
}
