using RegistrationFlow.Core.Runtime;

namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>
/// A service-level deadline. The row is the source of truth: the deadline pump fires it once it is due, and the
/// conditional update of its state (pending → fired, by row version) makes that happen exactly once.
/// </summary>
public sealed class Deadline : IHasRowVersion
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public DeadlineKind Kind { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DeadlineState State { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FiredAt { get; set; }
    public long RowVersion { get; set; }
}

public enum DeadlineState
{
    Pending,
    Fired,
    Cancelled,
}
