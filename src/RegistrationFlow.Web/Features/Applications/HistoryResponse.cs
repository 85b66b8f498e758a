using System.Text.Json;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Web.Features.Applications;

/// <summary>
/// One history record, from the audit chain: who (user name, or <c>system</c> for deadlines), in which role, what,
/// from which step(s) to which, the comment or reason given, when (office-local), and the full recorded detail.
/// </summary>
public sealed record HistoryRecord(
    long Sequence, string Who, string? Role, string Action, string? FromStep, string? ToStep,
    string? Comment, string? Reason, DateTimeOffset Instant, JsonElement? Detail);

internal static class HistoryMapping
{
    public static HistoryRecord ToHistory(this AuditRecord record, OfficeSettings office)
    {
        JsonElement? detail = null;
        string? comment = null, reason = null;
        if (record.Detail is { } json)
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement.Clone();
            detail = root;
            comment = Text(root, "comment");
            reason = Text(root, "reason");
        }
        return new HistoryRecord(record.Sequence, record.Actor, record.Role, record.Action, record.FromStep, record.ToStep,
            comment, reason, office.ToLocal(record.Instant), detail);
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
