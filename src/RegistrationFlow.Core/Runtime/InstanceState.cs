using System.Text.Json.Serialization;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Runtime;

public enum InstanceStatus { Active, Ended }

/// <summary>
/// Where one application stands in its workflow. Immutable and plain (serialisable with System.Text.Json);
/// pinned to one workflow version. Every accepted change gives a new state with <see cref="Revision"/> one higher.
/// </summary>
public sealed record InstanceState
{
    public required string WorkflowId { get; init; }
    public required int WorkflowVersion { get; init; }
    public InstanceStatus Status { get; init; }
    public EndOutcome? Outcome { get; init; }
    /// <summary>Open steps: human tasks, wait steps waiting for their deadline, branches arrived at a join.</summary>
    public IReadOnlyList<OpenToken> Tokens { get; init; } = [];
    /// <summary>Who did what on which step; separation of duties reads it.</summary>
    public IReadOnlyList<Visit> Visits { get; init; } = [];
    public InstanceClock Clock { get; init; } = new();
    /// <summary>容缺受理: the materials accepted as owed and the promise to supply them; null when nothing was owed.</summary>
    public OwedMaterials? Owed { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public long Revision { get; init; }

    [JsonIgnore] public bool IsEnded => Status == InstanceStatus.Ended;
}

/// <summary>An open step. <paramref name="Branch"/> says which branch of which parallel step it runs in, if any.</summary>
public sealed record OpenToken(string StepId, DateTimeOffset EnteredAt, BranchInfo? Branch = null);

/// <summary>Branch <paramref name="Index"/> of the parallel step <paramref name="ParallelStep"/>; <paramref name="Outer"/> for nested parallels.</summary>
public sealed record BranchInfo(string ParallelStep, int Index, BranchInfo? Outer = null);

public sealed record Visit(string StepId, string Action, string ActorId, DateTimeOffset At);
