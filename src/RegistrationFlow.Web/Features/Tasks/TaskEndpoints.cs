using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Web.Hosting;
using RegistrationFlow.Web.Problems;
using RegistrationFlow.Web.Security;
using static RegistrationFlow.Web.Features.Applications.ApplicationMapping;

namespace RegistrationFlow.Web.Features.Tasks;

/// <summary>An open task: one step of one application waiting for someone in <c>candidateRole</c>.</summary>
public sealed record TaskResponse(
    Guid Id, Guid ApplicationId, string Number, string Workflow, int WorkflowVersion, string Step, string CandidateRole,
    string? ClaimedBy, DateTimeOffset? ClaimedAt, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, string Status, bool Overdue, string Application);

/// <summary>转办: the colleague (user name) and why.</summary>
public sealed record TransferRequest(string? To, string? Reason);

/// <summary>A manager's bulk reassignment: every open task claimed by <c>from</c> goes to <c>to</c>.</summary>
public sealed record ReassignRequest(string? From, string? To, string? Reason);

/// <summary>A task a reassignment left with its holder: <c>code</c> names the rule, <c>message</c> says it in the caller's language.</summary>
public sealed record KeptTaskResponse(TaskResponse Task, string Code, string Message);

public sealed record ReassignResponse(IReadOnlyList<TaskResponse> Moved, IReadOnlyList<KeptTaskResponse> Kept);

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
        tasks.MapPost("/{id:guid}/transfer", TransferAsync)
            .WithName("TransferTask")
            .WithSummary("转办: hand a claimed task to a colleague of its role, with a reason (the holder, or a manager): 200 the task now " +
                         "theirs, 403 not the holder, 404 unknown, 409 closed, unclaimed or changed, 422 keyed `to` / `reason`.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        tasks.MapPost("/reassign", ReassignAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Manager))
            .WithName("ReassignTasks")
            .WithSummary("A manager hands every open task claimed by `from` to `to`, with a reason: 200 with the tasks moved and those " +
                         "kept (each with the rule that kept it); 422 keyed `from` / `to` / `reason` when no task was tried.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
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

    private static async Task<Results<Ok<TaskResponse>, ProblemHttpResult>> TransferAsync(
        Guid id, TransferRequest request, HttpContext http, ClaimsPrincipal principal, ApplicationService service, ApplicationQueries queries,
        OverdueRule overdueRule, IOptions<OfficeSettings> office, CancellationToken cancellationToken)
    {
        var caller = principal.ToStaffMember();
        switch (await service.TransferTaskAsync(id, request.To, request.Reason, caller, cancellationToken))
        {
            case TransferResult.Transferred transferred:
                return TypedResults.Ok(await ToResponseAsync(transferred.Task, caller, queries, overdueRule, office.Value, cancellationToken));
            case TransferResult.NotHolder notHolder:
                return ApiProblems.Of(http, StatusCodes.Status403Forbidden, "not-task-holder", LocalizedText.Of(
                    $"该任务由 {notHolder.Holder} 领取：只有领取人或科室负责人可以转办。",
                    $"This task is claimed by {notHolder.Holder}: only they or a manager may transfer it."));
            case TransferResult.Conflict conflict:
                return ApiProblems.Of(http, StatusCodes.Status409Conflict, conflict.Code, conflict.Message);
            case TransferResult.Invalid invalid:
                return ApiProblems.Validation(http, invalid.Errors, code: RuleOf(invalid.Errors));
            default:
                return ApiProblems.Of(http, StatusCodes.Status404NotFound, "task-not-found",
                    LocalizedText.Of($"没有编号为 {id} 的任务。", $"There is no task {id}."));
        }
    }

    private static async Task<Results<Ok<ReassignResponse>, ProblemHttpResult>> ReassignAsync(
        ReassignRequest request, HttpContext http, ClaimsPrincipal principal, ApplicationService service, ApplicationQueries queries,
        OverdueRule overdueRule, IOptions<OfficeSettings> office, CancellationToken cancellationToken)
    {
        var caller = principal.ToStaffMember();
        switch (await service.ReassignTasksAsync(request.From, request.To, request.Reason, caller, cancellationToken))
        {
            case ReassignResult.Done done:
                var moved = new List<TaskResponse>();
                foreach (var task in done.Moved) moved.Add(await ToResponseAsync(task, caller, queries, overdueRule, office.Value, cancellationToken));
                var kept = new List<KeptTaskResponse>();
                foreach (var k in done.Kept)
                    kept.Add(new KeptTaskResponse(await ToResponseAsync(k.Task, caller, queries, overdueRule, office.Value, cancellationToken), k.Code, http.Localize(k.Message)));
                return TypedResults.Ok(new ReassignResponse(moved, kept));
            case ReassignResult.Invalid invalid:
                return ApiProblems.Validation(http, invalid.Errors, code: RuleOf(invalid.Errors));
            default:
                return ApiProblems.Of(http, StatusCodes.Status403Forbidden, "forbidden",
                    LocalizedText.Of("只有科室负责人可以批量转办。", "Only a manager may reassign a colleague's tasks."));
        }
    }

    /// <summary>The problem's code: the one rule every error breaks, or <c>validation</c> when they break several.</summary>
    private static string RuleOf(IReadOnlyList<FieldError> errors) =>
        errors.Select(e => e.Code).Distinct().Count() == 1 ? errors[0].Code : "validation";

    private static async Task<TaskResponse> ToResponseAsync(WorkTask task, StaffMember caller, ApplicationQueries queries, OverdueRule overdueRule,
        OfficeSettings office, CancellationToken cancellationToken)
    {
        var application = (await queries.GetAsync(task.ApplicationId, caller, cancellationToken))!.Application;
        return ToResponse(task, application.ReceiptNumber, application.WorkflowId, application.WorkflowVersion, application.Status,
            overdueRule.IsOverdue(application), office);
    }

    private static TaskResponse ToResponse(WorkTask t, string number, string workflow, int version, string status, bool overdue, OfficeSettings office) =>
        new(t.Id, t.ApplicationId, number, workflow, version, t.Step, t.CandidateRole, t.ClaimedBy, Local(office, t.ClaimedAt),
            office.ToLocal(t.CreatedAt), Local(office, t.DueAt), status, overdue, $"/api/applications/{t.ApplicationId}");
}
