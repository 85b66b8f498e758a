using System.Text.Json;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Web.Features.Applications;

namespace RegistrationFlow.Web.Features.Supplement;

/// <summary>An application waiting for a supplement, with what the reviewer asked for (from its history).</summary>
public sealed record SupplementRow(Application Application, WorkflowDefinition? Definition, IReadOnlyList<string> Requested, DateTimeOffset? RequestedAt)
{
    public LocalizedText WorkflowTitle => Definition?.Title.ToText(Application.WorkflowId) ?? LocalizedText.Of(Application.WorkflowId, Application.WorkflowId);

    /// <summary>The open step's action that takes the received materials (resubmit).</summary>
    public ActionDefinition? ResubmitAction => Definition?.Steps
        .Where(s => Application.CurrentSteps.Contains(s.Id))
        .SelectMany(s => s.Actions)
        .FirstOrDefault(a => a.Requires.Contains(Vocabulary.Fields.ReceivedMaterials));
}

public sealed class SupplementReader(ApplicationQueries queries, WorkflowCatalog catalog)
{
    public async Task<IReadOnlyList<SupplementRow>> ReadAsync(CancellationToken cancellationToken = default)
    {
        var page = await queries.ListAsync(new ApplicationFilter(Status: ApplicationStatuses.AwaitingSupplement, PageSize: ApplicationFilter.MaxPageSize), cancellationToken);
        var rows = new List<SupplementRow>();
        foreach (var application in page.Items)
        {
            catalog.TryGet(application.WorkflowId, application.WorkflowVersion, out var entry);
            var history = await queries.HistoryAsync(application.Id, cancellationToken) ?? [];
            var request = history.LastOrDefault(h => h.Detail is not null && h.Detail.Contains("\"missingMaterials\":["));
            rows.Add(new SupplementRow(application, entry?.Definition, Missing(request?.Detail), request?.Instant));
        }
        return rows.OrderBy(r => r.RequestedAt).ToList();
    }

    private static IReadOnlyList<string> Missing(string? detail)
    {
        if (detail is null) return [];
        using var json = JsonDocument.Parse(detail);
        return json.RootElement.TryGetProperty("missingMaterials", out var m) && m.ValueKind == JsonValueKind.Array
            ? m.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [];
    }
}
