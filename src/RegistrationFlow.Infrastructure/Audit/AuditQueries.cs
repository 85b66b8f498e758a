using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Audit;

/// <summary>
/// Which audit records to read: by who acted, on which application, which action, and office-local days (both ends
/// included). Empty values do not filter.
/// </summary>
public sealed record AuditFilter(string? Actor = null, Guid? ApplicationId = null, string? Action = null, DateOnly? From = null, DateOnly? To = null);

public sealed record AuditRows(IReadOnlyList<AuditRecord> Items, bool HasMore);

/// <summary>
/// The audit trail as the managers' and admins' page and <c>/api/audit</c> read it, newest first. A page says whether
/// more follow rather than counting them all: the trail grows by every action of every day.
/// </summary>
public sealed class AuditQueries(RegistrationDbContext db, IBusinessCalendar calendar)
{
    public const int MaxPageSize = 200;
    /// <summary>The most records one export may hold; a larger one is refused with the count, to be narrowed by dates.</summary>
    public const int MaxExport = 100_000;

    public async Task<AuditRows> PageAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var rows = await Filtered(filter).OrderByDescending(r => r.Sequence)
            .Skip(QueryLimits.Offset(page, pageSize)).Take(pageSize + 1)
            .ToListAsync(cancellationToken);
        return new AuditRows(rows.Take(pageSize).ToList(), rows.Count > pageSize);
    }

    public Task<int> CountAsync(AuditFilter filter, CancellationToken cancellationToken = default) =>
        Filtered(filter).CountAsync(cancellationToken);

    /// <summary>Every record the filter selects, oldest first (the chain's order), streamed.</summary>
    public IAsyncEnumerable<AuditRecord> AllAsync(AuditFilter filter) =>
        Filtered(filter).OrderBy(r => r.Sequence).AsAsyncEnumerable();

    private IQueryable<AuditRecord> Filtered(AuditFilter filter)
    {
        var records = db.AuditRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor)) records = records.Where(r => r.Actor == filter.Actor.Trim());
        if (filter.ApplicationId is { } application) records = records.Where(r => r.ApplicationId == application);
        if (!string.IsNullOrWhiteSpace(filter.Action)) records = records.Where(r => r.Action == filter.Action.Trim());
        if (filter.From is { } from)
        {
            var start = StartOf(from);
            records = records.Where(r => r.Instant >= start);
        }
        if (filter.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            records = records.Where(r => r.Instant < end);
        }
        return records;
    }

    private DateTimeOffset StartOf(DateOnly day)
    {
        var zone = calendar.TimeZone;
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
