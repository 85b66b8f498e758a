using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Core.Registration.Intake;

namespace RegistrationFlow.Web.Features.Applications;

internal static class ApplicationEndpoints
{
    public static RouteGroupBuilder MapApplicationEndpoints(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications").WithTags("Applications");

        applications.MapPost("/", CreateApplicationEndpoint.HandleAsync)
            .WithName("CreateApplication")
            .WithSummary("Start an application at intake (clerk). 201 with Location and ETag; 422 lists every wrong field by JSON path.")
            .Accepts<IntakeCommand>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        applications.MapGet("/", ApplicationReadEndpoints.ListAsync)
            .WithName("ListApplications")
            .WithSummary("Applications, newest first, filtered by step, status, overdue and q: a whole resident ID or credit code (exact, audited), " +
                         "an id, the start of a receipt, certificate or unit number or of a party's name, or a fragment of the address.");

        applications.MapGet("/{id:guid}", ApplicationReadEndpoints.GetAsync)
            .WithName("GetApplication")
            .WithSummary("One application with the actions the caller may take now; the ETag header is its version.");

        applications.MapGet("/{id:guid}/history", ApplicationReadEndpoints.HistoryAsync)
            .WithName("GetApplicationHistory")
            .WithSummary("Who did what when, in order, from the audit chain (office-local instants).");

        applications.MapPost("/{id:guid}/actions/{action}", ActionEndpoint.HandleAsync)
            .WithName("TakeAction")
            .WithSummary("Take an action. Needs If-Match: <etag>. 403 role or separation of duties, 409 someone else won, 412 stale ETag, 422 not available / guard false / field missing, 428 no If-Match.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        applications.MapPost("/{id:guid}/recall", ActionEndpoint.RecallAsync)
            .WithName("RecallAction")
            .WithSummary("撤回: take back your own last action, when the workflow marks it `recall: true` and the step it entered is untouched " +
                         "(not claimed, not acted on). Needs If-Match. 403 not yours (`recall-not-yours`), 409 too late (`recall-too-late`), " +
                         "412 stale, 422 nothing to recall (`nothing-to-recall`), 428 no If-Match.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        applications.MapPost("/{id:guid}/materials", ActionEndpoint.MaterialsAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Clerk))
            .WithName("RecordMaterials")
            .WithSummary("收件 before 受理 (clerk): the materials received, the whole list, so an application recorded with one missing " +
                         "can be accepted once it arrives. Needs If-Match. 409 after acceptance (a supplement then), 412 stale, 422 unknown material.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        return applications;
    }
}
