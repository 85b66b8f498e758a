namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>A human task: one open step of one application, offered to a role and claimable by one person.</summary>
public sealed class WorkTask : IHasRowVersion
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public required string Step { get; set; }
    public required string CandidateRole { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public WorkTaskState State { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public long RowVersion { get; set; }
}

public enum WorkTaskState
{
    Open,
    Closed,
}
