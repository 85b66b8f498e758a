using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Certificates;

/// <summary>A certificate with the application it was issued for.</summary>
public sealed record CertificateFound(Certificate Certificate, string ReceiptNumber, string WorkflowId, int WorkflowVersion, string ApplicationStatus)
{
    /// <summary>issued (number allocated at registration), ready-for-pickup, handed-over.</summary>
    public string Status => Certificate.HandedOverAt is not null ? "handed-over" : Certificate.ReadyAt is not null ? "ready-for-pickup" : "issued";
}

public sealed class CertificateQueries(RegistrationDbContext db)
{
    /// <summary>The certificate with this number (in its canonical form), or null.</summary>
    public Task<CertificateFound?> FindAsync(string number, CancellationToken cancellationToken = default) => (
            from certificate in db.Certificates.AsNoTracking()
            join application in db.Applications.AsNoTracking() on certificate.ApplicationId equals application.Id
            where certificate.Number == number
            select new CertificateFound(certificate, application.ReceiptNumber, application.WorkflowId, application.WorkflowVersion, application.Status))
        .SingleOrDefaultAsync(cancellationToken);
}
