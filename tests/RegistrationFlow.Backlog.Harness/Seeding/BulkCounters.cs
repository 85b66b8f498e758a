using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Backlog.Seeding;

/// <summary>
/// The numbers the service takes from counter rows inside its transaction — receipt numbers per day, certificate numbers
/// per year and kind, the audit chain's head — kept in memory for one bulk transaction and written back to the same rows
/// before it commits. Nothing else writes while the loader runs, so the numbers follow on without gaps.
/// </summary>
internal sealed class BulkCounters
{
    private readonly Dictionary<DateOnly, long> _receipts = [];
    private readonly Dictionary<(int Year, CertificateKind Kind), long> _certificates = [];

    private BulkCounters(long auditSequence, string auditHash)
    {
        AuditSequence = auditSequence;
        AuditHash = auditHash;
    }

    public long AuditSequence { get; set; }
    public string AuditHash { get; set; }

    public static async Task<BulkCounters> ReadAsync(RegistrationDbContext db, CancellationToken cancellationToken)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        var counters = new BulkCounters(head.LastSequence, head.LastHash);
        foreach (var row in await db.CertificateCounters.AsNoTracking().ToListAsync(cancellationToken))
            counters._certificates[(row.Year, row.Kind)] = row.NextValue;
        return counters;
    }

    /// <summary>The next sequence of the day (1 for the first), reading the day's row the first time the day is seen.</summary>
    public long NextReceipt(RegistrationDbContext db, DateOnly day)
    {
        if (!_receipts.TryGetValue(day, out var next))
            next = db.ReceiptCounters.AsNoTracking().Where(c => c.Day == day).Select(c => (long?)c.NextValue).SingleOrDefault() ?? 1;
        _receipts[day] = next + 1;
        return next;
    }

    public long NextCertificate(int year, CertificateKind kind)
    {
        var next = _certificates.GetValueOrDefault((year, kind), 1);
        _certificates[(year, kind)] = next + 1;
        return next;
    }

    /// <summary>Writes every counter and the audit head into the caller's transaction.</summary>
    public async Task WriteAsync(RegistrationDbContext db, CancellationToken cancellationToken)
    {
        foreach (var (day, next) in _receipts)
        {
            if (await db.ReceiptCounters.Where(c => c.Day == day).ExecuteUpdateAsync(s => s.SetProperty(c => c.NextValue, next), cancellationToken) == 0)
                db.ReceiptCounters.Add(new ReceiptCounter { Day = day, NextValue = next });
        }
        foreach (var ((year, kind), next) in _certificates)
        {
            if (await db.CertificateCounters.Where(c => c.Year == year && c.Kind == kind)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.NextValue, next), cancellationToken) == 0)
                db.CertificateCounters.Add(new CertificateCounter { Year = year, Kind = kind, NextValue = next });
        }
        await db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, AuditSequence).SetProperty(h => h.LastHash, AuditHash), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
