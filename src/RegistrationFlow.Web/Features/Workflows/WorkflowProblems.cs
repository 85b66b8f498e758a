using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Features.Workflows;

internal static class WorkflowProblems
{
    /// <summary>422 naming the workflow and the ones that exist.</summary>
    public static ProblemHttpResult UnknownWorkflow(HttpContext http, string id, WorkflowCatalog catalog) => TypedResults.Problem(
        title: http.Localize(WorkflowTexts.UnknownWorkflowTitle),
        detail: http.Localize(WorkflowTexts.UnknownWorkflow(id, catalog.PublishedWorkflows.Select(w => w.Id))),
        statusCode: StatusCodes.Status422UnprocessableEntity,
        extensions: new Dictionary<string, object?> { ["code"] = "workflow-unknown", ["workflow"] = id });

    public static ProblemHttpResult UnknownVersion(HttpContext http, string id, int version) => TypedResults.Problem(
        detail: http.Localize(WorkflowTexts.UnknownVersion(id, version)),
        statusCode: StatusCodes.Status404NotFound,
        extensions: new Dictionary<string, object?> { ["code"] = "workflow-version-unknown" });

    /// <summary>The definition's problems with line and column, in the caller's language.</summary>
    public static ProblemHttpResult WithProblems(HttpContext http, int status, string code, IReadOnlyList<DefinitionProblem> problems, Core.Common.LocalizedText? title = null)
    {
        var language = RequestLanguage.Of(http);
        return TypedResults.Problem(
            title: http.Localize(title ?? WorkflowTexts.HasProblems),
            detail: problems.Count == 1 ? problems[0].Message.For(language) : http.Localize(WorkflowTexts.ProblemCount(problems.Count)),
            statusCode: status,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = code,
                ["problems"] = problems.Select(p => WorkflowMapping.Problem(p, language)).ToList(),
            });
    }
}
