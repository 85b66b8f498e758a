using System.Text.Json;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Runtime;

/// <summary>The required materials an application has not received, split by whether the definition tolerates them (容缺).</summary>
public sealed record MissingMaterials(IReadOnlyList<MaterialSpec> Refusing, IReadOnlyList<MaterialSpec> Tolerated)
{
    public bool IsEmpty => Refusing.Count == 0 && Tolerated.Count == 0;
}

/// <summary>
/// 容缺受理 rules, pure: which required materials are missing from the application's data (<c>materials</c>, the ids
/// received), and which promise dates the applicant may give — a working day after the day of acceptance, at most
/// <c>supplement-within</c> working days later (the same period a 补正 allows; <see cref="DefaultWithinWorkingDays"/> when
/// the definition sets none).
/// </summary>
public static class OwedMaterialRules
{
    public const int DefaultWithinWorkingDays = 5;

    public static MissingMaterials Missing(WorkflowDefinition definition, JsonElement application) =>
        Missing(definition, Received(application));

    public static MissingMaterials Missing(WorkflowDefinition definition, IEnumerable<string?>? received)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var have = new HashSet<string>((received ?? []).Where(m => m is not null).Select(m => m!.Trim()), StringComparer.Ordinal);
        var refusing = new List<MaterialSpec>();
        var tolerated = new List<MaterialSpec>();
        foreach (var material in definition.Materials)
        {
            if (!material.Required || have.Contains(material.Id)) continue;
            (material.Tolerable ? tolerated : refusing).Add(material);
        }
        return new MissingMaterials(refusing, tolerated);
    }

    /// <summary>The first and last promise dates allowed for an application accepted on <paramref name="acceptedOn"/>.</summary>
    public static (DateOnly Earliest, DateOnly Latest) PromiseWindow(IBusinessCalendar calendar, ServiceLevelSpec level, DateOnly acceptedOn)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(level);
        return (calendar.NextWorkingDay(acceptedOn), calendar.AddWorkingDays(acceptedOn, level.SupplementWithinWorkingDays ?? DefaultWithinWorkingDays));
    }

    public static bool Allows(IBusinessCalendar calendar, ServiceLevelSpec level, DateOnly acceptedOn, DateOnly promised)
    {
        var (earliest, latest) = PromiseWindow(calendar, level, acceptedOn);
        return promised >= earliest && promised <= latest && calendar.IsWorkingDay(promised);
    }

    private static List<string> Received(JsonElement application)
    {
        var received = new List<string>();
        if (application.ValueKind == JsonValueKind.Object && application.TryGetProperty("materials", out var list) && list.ValueKind == JsonValueKind.Array)
            foreach (var item in list.EnumerateArray())
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { } id) received.Add(id);
        return received;
    }
}
