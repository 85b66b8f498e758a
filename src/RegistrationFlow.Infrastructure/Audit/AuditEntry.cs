namespace RegistrationFlow.Infrastructure.Audit;

/// <summary>
/// What to record. <paramref name="Detail"/> is any object; it is stored as JSON (e.g. <c>new { reason, comment }</c>).
/// </summary>
public sealed record AuditEntry(
    string Actor,
    string? Role,
    string Action,
    Guid? ApplicationId = null,
    string? FromStep = null,
    string? ToStep = null,
    object? Detail = null);
