using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Web.Features.Calendar;
using RegistrationFlow.Web.Features.Workflows;
using RegistrationFlow.Web.Hosting;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Features.ServiceLevels;

internal static class ServiceLevelEndpoints
{
    public static RouteGroupBuilder MapServiceLevelEndpoints(this RouteGroupBuilder api)
    {
        var levels = api.MapGroup("/service-levels").WithTags("Service levels");
        levels.MapGet("/preview", Preview)
            .WithName("PreviewServiceLevel")
            .WithSummary("When an application accepted at `acceptedAt` under the workflow's published service level is due, " +
                         "when the warning goes out and when the certificate is ready (assuming registration at the due instant).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return levels;
    }

    private static Results<Ok<ServiceLevelPreview>, ValidationProblem, ProblemHttpResult> Preview(
        string? workflow, string? acceptedAt, WorkflowCatalog catalog, IBusinessCalendar calendar, HttpContext http)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(workflow))
        {
            errors["workflow"] = [http.Localize(QueryValues.Required("workflow"))];
        }
        var accepted = QueryValues.Instant(acceptedAt, "acceptedAt", calendar.TimeZone, errors, http);
        if (errors.Count > 0)
        {
            return RequestProblems.Invalid(errors);
        }
        if (!catalog.TryGetPublished(workflow!.Trim(), out var entry))
        {
            return WorkflowProblems.UnknownWorkflow(http, workflow.Trim(), catalog);
        }

        var level = entry.Definition.ServiceLevel;
        try
        {
            var due = calendar.DueFor(accepted, level);
            var warning = calendar.WarningFor(due, level);
            var ready = calendar.CertificateReadyAfter(due, level);
            return TypedResults.Ok(new ServiceLevelPreview(
                entry.Id, entry.Version,
                Local(accepted), Local(due), ready is { } r ? Local(r) : null, Local(warning),
                calendar.DependsOnProvisionalDays(accepted, ready ?? due)));
        }
        catch (CalendarNotCoveredException e)
        {
            return CalendarProblems.NotCovered(http, e);
        }

        DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, calendar.TimeZone);
    }
}

/// <summary>
/// Instants in office-local time (+08:00). <c>certificateReadyAt</c> is null when the workflow issues no certificate.
/// <c>provisional</c>: the instants rest on days of a year whose official holiday notice is not imported yet.
/// </summary>
public sealed record ServiceLevelPreview(
    string Workflow, int WorkflowVersion, DateTimeOffset AcceptedAt, DateTimeOffset DueAt, DateTimeOffset? CertificateReadyAt, DateTimeOffset WarningAt,
    bool Provisional);
