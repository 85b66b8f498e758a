using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Web.Problems;
using RegistrationFlow.Web.Security;

namespace RegistrationFlow.Web.Features.Applications;

/// <summary>
/// <c>POST /api/applications/{id}/actions/{action}</c> with <c>If-Match</c>: takes the action and returns the application.
/// </summary>
internal static class ActionEndpoint
{
    private static readonly LocalizedText IfMatchRequired = LocalizedText.Of(
        "请在 If-Match 请求头中给出申请的 ETag，以免覆盖他人的修改。",
        "Send the application's ETag in the If-Match header, so that nobody's change is overwritten.");

    public static async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, string action, ActionRequest? body, HttpContext http, ClaimsPrincipal principal,
        ApplicationService service, ApplicationQueries queries, IOptions<OfficeSettings> office, CancellationToken cancellationToken)
    {
        var caller = principal.ToStaffMember();
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
            return ApiProblems.Of(http, StatusCodes.Status428PreconditionRequired, "if-match-required", IfMatchRequired);
        // An ETag that is not one of ours cannot be current.
        var expected = ETags.Parse(ifMatch) ?? -1;

        var result = await service.ActAsync(id, action, expected, (body ?? new ActionRequest()).ToInput(), caller, cancellationToken);
        return Answer(id, result, http, queries, office, caller);
    }

    /// <summary><c>POST /api/applications/{id}/materials</c> with <c>If-Match</c>: 收件 before 受理, the materials received.</summary>
    public static async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> MaterialsAsync(
        Guid id, MaterialsRequest? body, HttpContext http, ClaimsPrincipal principal,
        ApplicationService service, ApplicationQueries queries, IOptions<OfficeSettings> office, CancellationToken cancellationToken)
    {
        var caller = principal.ToStaffMember();
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
            return ApiProblems.Of(http, StatusCodes.Status428PreconditionRequired, "if-match-required", IfMatchRequired);
        var result = await service.RecordMaterialsAsync(id, ETags.Parse(ifMatch) ?? -1, body?.Materials, caller, cancellationToken);
        return Answer(id, result, http, queries, office, caller);
    }

    /// <summary><c>POST /api/applications/{id}/recall</c> with <c>If-Match</c>: 撤回 of the caller's own last action.</summary>
    public static async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> RecallAsync(
        Guid id, HttpContext http, ClaimsPrincipal principal,
        ApplicationService service, ApplicationQueries queries, IOptions<OfficeSettings> office, CancellationToken cancellationToken)
    {
        var caller = principal.ToStaffMember();
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
            return ApiProblems.Of(http, StatusCodes.Status428PreconditionRequired, "if-match-required", IfMatchRequired);
        var result = await service.RecallAsync(id, ETags.Parse(ifMatch) ?? -1, caller, cancellationToken);
        return Answer(id, result, http, queries, office, caller);
    }

    private static Results<Ok<ApplicationResponse>, ProblemHttpResult> Answer(Guid id, ActResult result, HttpContext http,
        ApplicationQueries queries, IOptions<OfficeSettings> office, Infrastructure.Applications.StaffMember caller)
    {
        switch (result)
        {
            case ActResult.Done done:
                var response = queries.View(done.Application, caller).ToResponse(http, office.Value, caller);
                http.Response.Headers.ETag = response.Etag;
                return TypedResults.Ok(response);
            case ActResult.NotFound:
                return ApplicationReadEndpoints.NotFound(http, id);
            case ActResult.Stale stale:
                return ApiProblems.Of(http, StatusCodes.Status412PreconditionFailed, "stale-etag", LocalizedText.Of(
                        "申请已被他人修改，请刷新后再操作。", "The application has changed since you loaded it; reload it and try again."),
                    new Dictionary<string, object?> { ["currentEtag"] = ETags.For(stale.CurrentRowVersion) });
            case ActResult.Conflict conflict:
                return ApiProblems.Of(http, StatusCodes.Status409Conflict, "conflict", conflict.Message);
            case ActResult.Invalid invalid:
                return ApiProblems.Validation(http, invalid.Errors);
            default:
                return RefusalProblems.Of(http, ((ActResult.Refused)result).Refusal);
        }
    }
}

/// <summary>The materials received (their ids in the workflow's checklist), the whole list.</summary>
public sealed record MaterialsRequest(List<string>? Materials);
