using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Search;
using RegistrationFlow.Web.Problems;
using RegistrationFlow.Web.Security;

namespace RegistrationFlow.Web.Features.Applications;

internal static class ApplicationReadEndpoints
{
    public static ProblemHttpResult NotFound(HttpContext http, Guid id) => ApiProblems.Of(http, StatusCodes.Status404NotFound,
        "application-not-found", LocalizedText.Of($"没有编号为 {id} 的申请。", $"There is no application {id}."));

    public static async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, ClaimsPrincipal principal, ApplicationQueries queries, IOptions<OfficeSettings> office,
        CancellationToken cancellationToken)
    {
        var caller = principal.ToStaffMember();
        if (await queries.GetAsync(id, caller, cancellationToken) is not { } view) return NotFound(http, id);
        var response = view.ToResponse(http, office.Value, caller);
        http.Response.Headers.ETag = response.Etag;
        return TypedResults.Ok(response);
    }

    public static async Task<Results<Ok<ApplicationListResponse>, ProblemHttpResult>> ListAsync(
        HttpContext http, ClaimsPrincipal principal, ApplicationQueries queries, OverdueRule overdueRule, IOptions<OfficeSettings> office,
        CancellationToken cancellationToken, string? step = null, string? status = null, bool? overdue = null, string? q = null, int page = 1, int pageSize = 20)
    {
        var errors = new List<FieldError>();
        if (status is not null && !ApplicationStatuses.All.Contains(status))
            errors.Add(new FieldError("status", "unknown-status", LocalizedText.Of(
                $"状态“{status}”无效，应为 {string.Join("、", ApplicationStatuses.All)} 之一",
                $"Status '{status}' is not one of {string.Join(", ", ApplicationStatuses.All)}")));
        if (!QueryLimits.IsAllowedPage(page))
            errors.Add(new FieldError("page", "out-of-range", QueryLimits.PageOutOfRange("page")));
        if (pageSize is < 1 or > ApplicationFilter.MaxPageSize)
            errors.Add(new FieldError("pageSize", "out-of-range", LocalizedText.Of(
                $"每页条数应在 1 到 {ApplicationFilter.MaxPageSize} 之间", $"pageSize must be between 1 and {ApplicationFilter.MaxPageSize}")));
        if (errors.Count > 0) return ApiProblems.Validation(http, errors, StatusCodes.Status400BadRequest);

        // A search by a whole identity number is audited in the caller's name.
        var search = string.IsNullOrWhiteSpace(q) ? null : new SearchRequest(q, principal.ToStaffMember());
        var result = await queries.ListAsync(new ApplicationFilter(step, status, overdue, search, page, pageSize), cancellationToken);
        var now = overdueRule.Now;
        return TypedResults.Ok(new ApplicationListResponse(
            result.Items.Select(a => a.ToSummary(office.Value, overdueRule.IsOverdue(a, now))).ToList(), result.Total, page, pageSize));
    }

    public static async Task<Results<Ok<IReadOnlyList<HistoryRecord>>, ProblemHttpResult>> HistoryAsync(
        Guid id, HttpContext http, ApplicationQueries queries, IOptions<OfficeSettings> office, CancellationToken cancellationToken)
    {
        if (await queries.HistoryAsync(id, cancellationToken) is not { } records) return NotFound(http, id);
        return TypedResults.Ok<IReadOnlyList<HistoryRecord>>(records.Select(r => r.ToHistory(office.Value)).ToList());
    }
}
