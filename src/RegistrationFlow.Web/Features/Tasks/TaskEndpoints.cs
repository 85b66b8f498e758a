using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Web.Problems;
using RegistrationFlow.Web.Security;
using static RegistrationFlow.Web.Features.Applications.ApplicationMapping;

namespace RegistrationFlow.Web.Features.Tasks;

/// <summary>An open task: one step of one application waiting for someone in <c>candidateRole</c>.</summary>
public sealed record TaskResponse(
    Guid Id, Guid ApplicationId, string Number, string Workflow, int WorkflowVersion, string Step, string CandidateRole,
    string? ClaimedBy, DateTimeOffset? ClaimedAt, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, string Status, bool Overdue, string Application);

internal static class TaskEndpoints
{
    public static RouteGroupBuilder MapTaskEndpoints(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks");
        tasks.MapGet("/", WorklistAsync)
            .WithName("Worklist")
            .WithSummary("The caller's worklist: the first `limit` (1–1000, default 100) open tasks for their roles not claimed by " +
                         "someone else, earliest due first; the header X-Total-Count says how many there are in all.")
            .ProducesValidationProblem();
        tasks.MapPost("/{id:guid}/claim", ClaimAsync)
            .WithName("ClaimTask")
            .WithSummary("Claim a task: 200 when it is now yours, 403 not your role, 404 unknown, 409 claimed by someone else or done.");
        return tasks;
    }

    public const string TotalCountHeader = "X-Total-Count";

    private static async Task<Results<Ok<IReadOnlyList<TaskResponse>>, ProblemHttpResult>> WorklistAsync(
        HttpContext http, ClaimsPrincipal principal, ApplicationQueries queries, IOptions<OfficeSettings> office, CancellationToken cancellationToken,
        int limit = ApplicationQueries.DefaultWorklistSize)
    {
        if (limit is < 1 or > ApplicationQueries.MaxWorklistSize)
            return ApiProblems.Validation(http, [new FieldError("limit", "out-of-range", LocalizedText.Of(
                $"条数应在 1 到 {ApplicationQueries.MaxWorklistSize} 之间", $"limit must be between 1 and {ApplicationQueries.MaxWorklistSize}"))],
                StatusCodes.Status400BadRequest);
        var caller = principal.ToStaffMember();
        var items = await queries.WorklistAsync(caller, limit, cancellationToken: cancellationToken);
        http.Response.Headers[TotalCountHeader] = (await queries.WorklistCountAsync(caller, cancellationToken)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok<IReadOnlyList<TaskResponse>>(items
            .Select(i => ToResponse(i.Task, i.ReceiptNumber, i.WorkflowId, i.WorkflowVersion, i.Status, i.Overdue, office.Value)).ToList());
    }

    private static async Task<Results<Ok<TaskResponse>, ProblemHttpResult>> ClaimAsync(
        Guid id, HttpContext http, ClaimsPrincipal principal, ApplicationService service, ApplicationQueries queries,
        OverdueRule overdueRule, IOptions<OfficeSettings> office, CancellationToken cancellationToken)
    {
        var caller = principal.ToStaffMember();
        switch (await service.ClaimTaskAsync(id, caller, cancellationToken))
        {
            case ClaimResult.Claimed claimed:
                var application = (await queries.GetAsync(claimed.Task.ApplicationId, caller, cancellationToken))!.Application;
                return TypedResults.Ok(ToResponse(claimed.Task, application.ReceiptNumber, application.WorkflowId, application.WorkflowVersion,
                    application.Status, overdueRule.IsOverdue(application), office.Value));
            case ClaimResult.NotYourRole notYours:
                return ApiProblems.Of(http, StatusCodes.Status403Forbidden, "not-your-role", LocalizedText.Of(
                    $"该任务属于 {notYours.Role} 岗位。", $"This task is for the {notYours.Role} role."));
            case ClaimResult.Conflict conflict:
                return ApiProblems.Of(http, StatusCodes.Status409Conflict, "conflict", conflict.Message);
            default:
                return ApiProblems.Of(http, StatusCodes.Status404NotFound, "task-not-found",
                    LocalizedText.Of($"没有编号为 {id} 的任务。", $"There is no task {id}."));
        }
    }

    private static TaskResponse ToResponse(WorkTask t, string number, string workflow, int version, string status, bool overdue, OfficeSettings office) =>
        new(t.Id, t.ApplicationId, number, workflow, version, t.Step, t.CandidateRole, t.ClaimedBy, Local(office, t.ClaimedAt),
            office.ToLocal(t.CreatedAt), Local(office, t.DueAt), status, overdue, $"/api/applications/{t.ApplicationId}");
}
