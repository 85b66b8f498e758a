using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>An issued certificate (不动产权证书) or registration proof (不动产登记证明). Numbers are never reused.</summary>
public sealed class Certificate
{
    public Guid Id { get; set; }
    public required string Number { get; set; }
    public CertificateKind Kind { get; set; }
    public int Year { get; set; }
    public long Sequence { get; set; }
    public Guid ApplicationId { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? ReadyAt { get; set; }
    public DateTimeOffset? HandedOverAt { get; set; }
    public string? HandedOverBy { get; set; }
    /// <summary>领证: <c>applicant</c> in person or <c>agent</c> with a power of attorney, with their identity document.</summary>
    public string? CollectedAs { get; set; }
    public string? CollectorName { get; set; }
    public string? CollectorIdType { get; set; }
    public string? CollectorIdNumber { get; set; }
}

/// <summary>The next certificate sequence for one year and kind; updated in the registering transaction.</summary>
public sealed class CertificateCounter
{
    public int Year { get; set; }
    public CertificateKind Kind { get; set; }
    public long NextValue { get; set; }
}
