using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Web.Hosting;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Features.Audit;

internal static class AuditEndpoints
{
    public const int DefaultPageSize = 50;

    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit");
        audit.MapGet("/", ListAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Manager, RoleNames.Admin))
            .WithName("ListAuditRecords")
            .WithSummary("The audit trail, newest first, a page at a time (manager, admin): filtered by user, applicationId, " +
                         "action and office-local days from/to (yyyy-MM-dd, both included). hasMore says whether another page follows.")
            .ProducesValidationProblem();
        audit.MapGet("/export.csv", ExportAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Manager, RoleNames.Admin))
            .WithName("ExportAuditRecords")
            .WithSummary("The audit records the same filters select, oldest first, as CSV (UTF-8 with BOM; manager, admin); " +
                         "at most 100,000 records, more is refused (422, export-too-large) with the count.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        audit.MapGet("/verify", VerifyAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Admin))
            .WithName("VerifyAuditChain")
            .WithSummary("Recomputes the hash chain of the audit trail (admin) and reports the first broken link, if any.");
        return audit;
    }

    private static async Task<Results<Ok<AuditRecordPage>, ValidationProblem>> ListAsync(
        string? user, string? applicationId, string? action, string? from, string? to, int? page, int? pageSize,
        AuditQueries audit, IBusinessCalendar calendar, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = AuditFilterQuery.Read(user, applicationId, action, from, to, errors, http);
        var number = QueryValues.Page(page, "page", errors, http);
        if (pageSize is < 1 or > AuditQueries.MaxPageSize)
            errors["pageSize"] = [http.Localize(LocalizedText.Of($"pageSize 应在 1 到 {AuditQueries.MaxPageSize} 之间。",
                $"pageSize must be 1 to {AuditQueries.MaxPageSize}."))];
        if (errors.Count > 0) return RequestProblems.Invalid(errors);
        var size = pageSize ?? DefaultPageSize;
        var rows = await audit.PageAsync(filter, number, size, cancellationToken);
        return TypedResults.Ok(new AuditRecordPage(rows.Items.Select(r => AuditRecordResponse.Of(r, calendar.TimeZone)).ToList(), number, size, rows.HasMore));
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(
        string? user, string? applicationId, string? action, string? from, string? to,
        AuditQueries audit, IBusinessCalendar calendar, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = AuditFilterQuery.Read(user, applicationId, action, from, to, errors, http);
        if (errors.Count > 0) return RequestProblems.Invalid(errors);
        var count = await audit.CountAsync(filter, cancellationToken);
        if (count > AuditQueries.MaxExport)
            return ApiProblems.Of(http, StatusCodes.Status422UnprocessableEntity, "export-too-large", LocalizedText.Of(
                $"所选审计记录有 {count} 条，一次最多导出 {AuditQueries.MaxExport} 条，请缩小日期范围。",
                $"The filter selects {count} audit records; one export holds at most {AuditQueries.MaxExport}: narrow the dates."),
                new Dictionary<string, object?> { ["count"] = count, ["limit"] = AuditQueries.MaxExport });
        return TypedResults.Stream(stream => AuditCsv.WriteAsync(stream, audit.AllAsync(filter), calendar.TimeZone, http.RequestAborted),
            "text/csv; charset=utf-8", "audit.csv");
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(
        AuditTrail trail, HttpContext http, CancellationToken cancellationToken)
    {
        var records = await trail.RecordCountAsync(cancellationToken);
        var broken = await trail.VerifyAsync(cancellationToken);
        return TypedResults.Ok(new AuditVerification(
            broken is null, records,
            broken is null ? null : new AuditBreak(broken.Sequence, http.Localize(broken.Reason))));
    }
}

/// <summary><c>intact</c> when every record links to the one before and none was altered; <c>records</c> at the time of the check.</summary>
public sealed record AuditVerification(bool Intact, long Records, AuditBreak? FirstBreak);

public sealed record AuditBreak(long Sequence, string Reason);

public sealed record AuditRecordPage(IReadOnlyList<AuditRecordResponse> Items, int Page, int PageSize, bool HasMore);

/// <summary>One audit record: <c>instant</c> office-local, <c>detail</c> the recorded JSON object (or null).</summary>
public sealed record AuditRecordResponse(
    long Sequence, DateTimeOffset Instant, string Actor, string? Role, string Action, Guid? ApplicationId,
    string? FromStep, string? ToStep, System.Text.Json.JsonElement? Detail)
{
    public static AuditRecordResponse Of(Infrastructure.Persistence.Entities.AuditRecord r, TimeZoneInfo office) => new(
        r.Sequence, TimeZoneInfo.ConvertTime(r.Instant, office), r.Actor, r.Role, r.Action, r.ApplicationId, r.FromStep, r.ToStep,
        r.Detail is null ? null : System.Text.Json.JsonDocument.Parse(r.Detail).RootElement.Clone());
}
