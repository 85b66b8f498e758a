using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.Infrastructure.Reports;

/// <summary>Counts a day's work from the application and certificate rows (the day runs midnight to midnight, office time).</summary>
public sealed class DailyReportQuery(RegistrationDbContext db, IBusinessCalendar calendar, OverdueRule overdueRule)
{
    public async Task<DailyReport> ForAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var from = LocalMidnight(date);
        var to = LocalMidnight(date.AddDays(1));
        var applications = db.Applications.AsNoTracking();
        var certificates = db.Certificates.AsNoTracking();

        var received = await applications.CountAsync(a => a.CreatedAt >= from && a.CreatedAt < to, cancellationToken);
        var accepted = await applications.CountAsync(a => a.AcceptedAt >= from && a.AcceptedAt < to, cancellationToken);
        var registered = await applications.CountAsync(a => a.RegisteredAt >= from && a.RegisteredAt < to, cancellationToken);
        var onTime = await applications.CountAsync(a => a.RegisteredAt >= from && a.RegisteredAt < to && a.RegisteredAt <= a.DueAt, cancellationToken);
        var missedByApplicant = await applications.CountAsync(
            a => a.RegisteredAt >= from && a.RegisteredAt < to && a.RegisteredAt > a.DueAt && a.MissedByApplicant, cancellationToken);
        var overdue = await applications.Where(OverdueQueries.Overdue(overdueRule, overdueRule.Now))
            .CountAsync(a => a.DueAt >= from && a.DueAt < to, cancellationToken);
        var ready = await certificates.CountAsync(c => c.ReadyAt >= from && c.ReadyAt < to, cancellationToken);
        var handedOver = await certificates.CountAsync(c => c.HandedOverAt >= from && c.HandedOverAt < to, cancellationToken);
        var fees = await FeesAsync(from, to, cancellationToken);
        return new DailyReport(date, from, to, received, accepted, registered, onTime, overdue, ready, handedOver, missedByApplicant, fees);
    }

    private async Task<FeeTotals> FeesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var payments = db.Payments.AsNoTracking();
        var taken = await payments.Where(p => p.ReceivedAt >= from && p.ReceivedAt < to)
            .GroupBy(p => new { p.Method, p.ReceivedBy }).Select(g => new { g.Key.Method, g.Key.ReceivedBy, Fen = g.Sum(p => p.AmountFen) })
            .ToListAsync(cancellationToken);
        var voided = await payments.Where(p => p.VoidedAt >= from && p.VoidedAt < to)
            .GroupBy(p => new { p.Method, p.ReceivedBy }).Select(g => new { g.Key.Method, g.Key.ReceivedBy, Fen = g.Sum(p => p.AmountFen) })
            .ToListAsync(cancellationToken);
        var lines = taken.Select(t => (t.Method, t.ReceivedBy, t.Fen)).Concat(voided.Select(v => (v.Method, v.ReceivedBy, -v.Fen))).ToList();
        return new FeeTotals(
            taken.Sum(t => t.Fen) / 100m,
            voided.Sum(v => v.Fen) / 100m,
            lines.GroupBy(l => l.Method).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(l => l.Item3) / 100m),
            lines.GroupBy(l => l.ReceivedBy).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(l => l.Item3) / 100m));
    }

    private DateTimeOffset LocalMidnight(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local));
    }
}
