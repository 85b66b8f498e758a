using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Diagrams;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Web.Hosting;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Features.Workflows;

internal static class WorkflowEndpoints
{
    public static RouteGroupBuilder MapWorkflowEndpoints(this RouteGroupBuilder api)
    {
        var workflows = api.MapGroup("/workflows").WithTags("Workflows");

        workflows.MapGet("/", ListAsync)
            .WithName("ListWorkflows")
            .WithSummary("Each workflow: titles, published version, stored versions, materials, party roles, service level; " +
                         "and the definition files refused at the last load.");

        workflows.MapGet("/{id}/versions/{version:int}", VersionAsync)
            .WithName("GetWorkflowVersion")
            .WithSummary("One stored version: its text, the model read from it and the validator's problems.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        workflows.MapGet("/{id}/versions/{version:int}/diagram.svg", DiagramAsync)
            .WithName("GetWorkflowDiagram")
            .WithSummary("The version drawn as an SVG diagram (steps, actions, parallel branches, ends), in the caller's language.")
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        workflows.MapPost("/validate", ValidateAsync)
            .WithName("ValidateWorkflow")
            .WithSummary("Checks a definition text and lists every problem with line and column. Stores nothing.")
            .Accepts<DefinitionText>("application/json", "application/yaml", "text/yaml", "text/plain")
            .ProducesValidationProblem();

        workflows.MapPost("/{id}/drafts", DraftAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Manager))
            .WithName("StoreWorkflowDraft")
            .WithSummary("Stores a valid definition text as an unpublished version (manager). The same text again changes nothing; " +
                         "another text under a version number already stored is refused (409): bump the version.")
            .Accepts<DefinitionText>("application/json", "application/yaml", "text/yaml", "text/plain")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        workflows.MapPost("/{id}/versions/{version:int}/publish", PublishAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Manager))
            .WithName("PublishWorkflowVersion")
            .WithSummary("Validates a stored version and makes it the one new applications start on (manager); " +
                         "applications already started keep their version.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return workflows;
    }

    private static async Task<Ok<WorkflowListResponse>> ListAsync(
        WorkflowCatalog catalog, WorkflowVersions versionsRead, HttpContext http, CancellationToken cancellationToken)
    {
        var language = RequestLanguage.Of(http);
        var rows = await versionsRead.ListAsync(cancellationToken);
        var workflows = new List<WorkflowSummary>();
        foreach (var versions in rows.GroupBy(r => r.WorkflowId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = versions.OrderBy(v => v.Version).ToList();
            var published = ordered.LastOrDefault(v => v.Published)?.Version;
            // Describe the workflow by its published version, else by its newest version the catalog could compile.
            var entry = catalog.TryGetPublished(versions.Key, out var p) ? p
                : ordered.Select(v => catalog.TryGet(versions.Key, v.Version, out var e) ? e : null).LastOrDefault(e => e is not null);
            if (entry is null)
            {
                continue;
            }
            var definition = entry.Definition;
            workflows.Add(new WorkflowSummary(
                versions.Key,
                TitleResponse.From(definition.Title)!,
                published,
                ordered.Select(v => new VersionSummary(v.Version, v.Published, v.ContentHash, v.SourceFile, v.CreatedAt, v.PublishedAt, v.PublishedBy)).ToList(),
                WorkflowMapping.Registration(definition.Registration),
                WorkflowMapping.Materials(definition),
                WorkflowMapping.PartyRoles(definition),
                WorkflowMapping.ServiceLevel(definition.ServiceLevel)));
        }
        var problems = catalog.LoadProblems.Select(problem => WorkflowMapping.LoadProblem(problem, language)).ToList();
        return TypedResults.Ok(new WorkflowListResponse(workflows, problems));
    }

    private static async Task<Results<Ok<WorkflowVersionResponse>, ProblemHttpResult>> VersionAsync(
        string id, int version, WorkflowVersions versions, LiveBusinessCalendar calendar, HttpContext http, CancellationToken cancellationToken)
    {
        var row = await versions.FindAsync(id, version, cancellationToken);
        if (row is null)
        {
            return WorkflowProblems.UnknownVersion(http, id, version);
        }
        var language = RequestLanguage.Of(http);
        var read = DefinitionReader.ReadAndValidate(row.Content, row.SourceFile ?? WorkflowValidation.FileNameFor(id, version), WorkflowValidation.For(calendar));
        return TypedResults.Ok(new WorkflowVersionResponse(
            row.WorkflowId, row.Version, row.Published, row.ContentHash, row.SourceFile, row.CreatedAt, row.PublishedAt, row.PublishedBy,
            row.Content,
            read.Definition is null ? null : WorkflowMapping.Model(read.Definition),
            read.Problems.Select(problem => WorkflowMapping.Problem(problem, language)).ToList()));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> DiagramAsync(
        string id, int version, WorkflowVersions versions, HttpContext http, CancellationToken cancellationToken)
    {
        var content = await versions.TextAsync(id, version, cancellationToken);
        if (content is null)
        {
            return WorkflowProblems.UnknownVersion(http, id, version);
        }
        var read = DefinitionReader.Read(content, WorkflowValidation.FileNameFor(id, version));
        if (read.Definition is null)
        {
            return WorkflowProblems.WithProblems(http, StatusCodes.Status422UnprocessableEntity, "definition-invalid", read.Problems);
        }
        var svg = WorkflowDiagram.ToSvg(read.Definition, RequestLanguage.Of(http));
        return TypedResults.Text(svg, "image/svg+xml", System.Text.Encoding.UTF8);
    }

    private static async Task<Results<Ok<ValidationResponse>, ValidationProblem>> ValidateAsync(
        LiveBusinessCalendar calendar, HttpContext http, CancellationToken cancellationToken)
    {
        var (body, errors) = await DefinitionBody.ReadAsync(http, cancellationToken);
        if (errors is not null)
        {
            return RequestProblems.Invalid(errors);
        }
        var language = RequestLanguage.Of(http);
        var read = DefinitionReader.ReadAndValidate(body!.Text!, body.FileName ?? "definition.yaml", WorkflowValidation.For(calendar));
        return TypedResults.Ok(new ValidationResponse(
            read.IsValid, read.Definition?.Id, read.Definition?.Version,
            read.Problems.Select(problem => WorkflowMapping.Problem(problem, language)).ToList()));
    }

    private static async Task<Results<Created<DraftResponse>, Ok<DraftResponse>, ValidationProblem, ProblemHttpResult>> DraftAsync(
        string id, WorkflowDrafts drafts, HttpContext http, CancellationToken cancellationToken)
    {
        var (body, errors) = await DefinitionBody.ReadAsync(http, cancellationToken);
        if (errors is not null)
        {
            return RequestProblems.Invalid(errors);
        }
        var result = await drafts.SaveDraftAsync(id, body!.Text!, http.User.Identity!.Name!, body.FileName, cancellationToken);
        switch (result.Outcome)
        {
            case DraftOutcome.IdMismatch:
                return RequestProblems.Unprocessable(http, new Dictionary<string, string[]> { ["id"] = [http.Localize(WorkflowTexts.IdMismatch(result.IdInText!, id))] });
            case DraftOutcome.Invalid:
                return WorkflowProblems.WithProblems(http, StatusCodes.Status422UnprocessableEntity, "definition-invalid", result.Problems);
            case DraftOutcome.VersionTaken:
                return WorkflowProblems.WithProblems(http, StatusCodes.Status409Conflict, "version-taken", result.Problems, WorkflowTexts.VersionTaken);
        }

        var definition = result.Definition!;
        var response = new DraftResponse(definition.Id, definition.Version, result.Published, result.ContentHash!, result.Outcome == DraftOutcome.Added);
        return result.Outcome == DraftOutcome.Unchanged
            ? TypedResults.Ok(response)
            : TypedResults.Created($"/api/workflows/{definition.Id}/versions/{definition.Version}", response);
    }

    private static async Task<Results<Ok<PublishResponse>, ProblemHttpResult>> PublishAsync(
        string id, int version, WorkflowDrafts drafts, LiveBusinessCalendar calendar, TimeProvider time,
        HttpContext http, CancellationToken cancellationToken)
    {
        var actor = http.User.Identity!.Name!;
        var result = await drafts.PublishAsync(id, version, actor, cancellationToken);
        return result.Outcome switch
        {
            PublishOutcome.Invalid => WorkflowProblems.WithProblems(http, StatusCodes.Status422UnprocessableEntity, "definition-invalid", result.Problems),
            PublishOutcome.UnknownVersion => WorkflowProblems.UnknownVersion(http, id, version),
            _ => TypedResults.Ok(new PublishResponse(id, version, result.PreviousVersion,
                TimeZoneInfo.ConvertTime(result.PublishedAt ?? time.GetUtcNow(), calendar.TimeZone), actor)),
        };
    }
}
