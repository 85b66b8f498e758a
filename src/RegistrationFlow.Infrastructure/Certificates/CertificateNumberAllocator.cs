using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Persistence.Writing;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.Infrastructure.Certificates;

public sealed record AllocatedCertificateNumber(int Year, CertificateKind Kind, long Sequence, string Number);

/// <summary>
/// Allocates certificate numbers, sequential per year and kind, unique and without gaps. The counter row is
/// incremented with an UPDATE inside the caller's transaction: the write takes SQLite's database lock or
/// PostgreSQL's row lock, so concurrent registrations queue on it, and a rolled-back registration gives its
/// number back.
/// </summary>
public sealed class CertificateNumberAllocator(
    RegistrationDbContext db, ICertificateNumberFormatter formatter, IOptions<OfficeSettings> office, IRowLocks locks)
{
    /// <summary>Allocates for the office-local year of the registration instant.</summary>
    public Task<AllocatedCertificateNumber> AllocateAsync(DateTimeOffset registeredAt, CertificateKind kind, CancellationToken cancellationToken = default) =>
        AllocateAsync(office.Value.ToLocal(registeredAt).Year, kind, cancellationToken);

    public async Task<AllocatedCertificateNumber> AllocateAsync(int year, CertificateKind kind, CancellationToken cancellationToken = default)
    {
        if (kind is not (CertificateKind.PropertyRight or CertificateKind.RegistrationProof))
        {
            throw new ArgumentException("Only property-right certificates and registration proofs are numbered.", nameof(kind));
        }
        CounterRows.RequireTransaction(db, "Certificate number allocation");

        await locks.LockAuditHeadAsync(db, cancellationToken);
        var key = new Dictionary<string, object> { [nameof(CertificateCounter.Year)] = year, [nameof(CertificateCounter.Kind)] = kind };
        var sequence = await CounterRows.NextAsync<CertificateCounter>(db, key, nameof(CertificateCounter.NextValue), cancellationToken);
        return new AllocatedCertificateNumber(year, kind, sequence, formatter.Format(year, kind, sequence));
    }
}
