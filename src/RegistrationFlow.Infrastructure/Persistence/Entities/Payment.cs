namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>
/// 缴费: money taken for an application, in fen. A mistaken payment is voided (作废) with a reason and who did it —
/// never deleted — so the day's takings can always be reconciled.
/// </summary>
public sealed class Payment : IHasRowVersion
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public long AmountFen { get; set; }
    public required string Method { get; set; }
    public string? Reference { get; set; }
    public required string ReceivedBy { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? VoidedAt { get; set; }
    public string? VoidedBy { get; set; }
    public string? VoidReason { get; set; }
    public long RowVersion { get; set; }
}
