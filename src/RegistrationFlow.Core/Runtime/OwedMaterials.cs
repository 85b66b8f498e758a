using System.Text.Json.Serialization;

namespace RegistrationFlow.Core.Runtime;

/// <summary>
/// 容缺受理: the tolerable materials an application was accepted without, and the applicant's promise to supply them by
/// the end of <paramref name="PromisedBy"/> (office date). The applicant is reminded at that day's opening
/// (<paramref name="RemindAt"/>) and the managers told at its closing (<paramref name="DueAt"/>) if something is still owed.
/// </summary>
public sealed record OwedMaterials(IReadOnlyList<string> Ids, DateOnly PromisedBy, DateTimeOffset RemindAt, DateTimeOffset DueAt)
{
    /// <summary>The owed materials that have arrived since, in the order they arrived.</summary>
    public IReadOnlyList<string> Supplied { get; init; } = [];
    /// <summary>When the last owed material arrived; null while something is still owed.</summary>
    public DateTimeOffset? SuppliedAt { get; init; }
    public bool Reminded { get; init; }
    public bool Escalated { get; init; }

    /// <summary>The materials still owed, in the definition's order.</summary>
    [JsonIgnore] public IReadOnlyList<string> Outstanding => Ids.Where(id => !Supplied.Contains(id)).ToArray();

    [JsonIgnore] public bool IsOutstanding => Supplied.Count < Ids.Count;

    /// <summary>The escalation fires one second after the promised day closes: supplied at its closing is on time.</summary>
    [JsonIgnore] public DateTimeOffset OverdueAt => DueAt.AddSeconds(1);
}
