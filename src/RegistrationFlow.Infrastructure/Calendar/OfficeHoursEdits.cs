using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Calendar;

public abstract record OfficeHoursResult
{
    public sealed record Invalid(IReadOnlyList<CalendarFieldError> Errors) : OfficeHoursResult;
    public sealed record Saved(OfficeHours Hours, int Version) : OfficeHoursResult;
}

/// <summary>
/// Changes the hall hours (seasons such as 夏令/冬令时 and their sessions) as a new audited version in the database.
/// Deadlines computed from now on use them; promises already given stand (a day's hours never make it a day off).
/// </summary>
public sealed class OfficeHoursEdits(RegistrationDbContext db, ITransactionRunner transactions, LiveBusinessCalendar live,
    CalendarSources sources, TimeProvider time)
{
    public const string AuditAction = "office-hours-changed";

    public async Task<OfficeHoursResult> SaveAsync(string json, StaffMember by, string? role, CancellationToken cancellationToken)
    {
        OfficeHours hours;
        try
        {
            hours = OfficeHoursFileParser.Parse("hours", json);
        }
        catch (CalendarDataException e)
        {
            return new OfficeHoursResult.Invalid([new CalendarFieldError("seasons", e.Problem)]);
        }

        var (snapshot, version) = await transactions.RunAsync(async (write, ct) =>
        {
            var version = (await write.Db.OfficeHoursVersions.MaxAsync(v => (int?)v.Version, ct) ?? 0) + 1;
            var row = new OfficeHoursVersion { Version = version, Json = json, ChangedAt = time.GetUtcNow(), ChangedBy = by.UserName };
            var snapshot = await sources.WithHoursAsync(write.Db, row, ct);
            write.Db.OfficeHoursVersions.Add(row);
            await write.Audit.AppendAsync(new AuditEntry(by.UserName, role, AuditAction, null,
                Detail: new { version, seasons = hours.Seasons.Select(s => new { s.Name, from = s.StartsOn.ToString(), sessions = s.Sessions.Select(x => x.ToString()) }) }), ct);
            await write.Db.SaveChangesAsync(ct);
            return (snapshot, version);
        }, cancellationToken);
        live.Replace(snapshot);
        return new OfficeHoursResult.Saved(hours, version);
    }

    public Task<List<OfficeHoursVersion>> VersionsAsync(CancellationToken cancellationToken) =>
        db.OfficeHoursVersions.AsNoTracking().OrderByDescending(v => v.Version).ToListAsync(cancellationToken);

}
