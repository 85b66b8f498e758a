using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Calendar;

public abstract record CalendarImportResult
{
    /// <summary>Nothing stored: every problem of the submitted notice, keyed by its JSON path.</summary>
    public sealed record Invalid(IReadOnlyList<CalendarFieldError> Errors) : CalendarImportResult;
    /// <summary>What the import would do; nothing stored.</summary>
    public sealed record Preview(HolidayYear Year, int CurrentVersion, IReadOnlyList<PromiseChange> Changes) : CalendarImportResult;
    /// <summary>Stored as <paramref name="Version"/> and in force; the promises moved.</summary>
    public sealed record Imported(HolidayYear Year, int Version, IReadOnlyList<PromiseChange> Changes) : CalendarImportResult;
}

/// <summary>
/// Imports a year's official holiday notice (国务院放假安排) into the database: checked, previewed (which promises of
/// open applications it moves and how), then stored as a new version in the same transaction that moves the promises,
/// records each move in the application's history, queues a notice to each applicant and audits the import. The
/// calendar in force is swapped right after the commit; other nodes pick it up through <see cref="CalendarRefresher"/> within seconds.
/// </summary>
public sealed class CalendarImports(
    RegistrationDbContext db,
    ITransactionRunner transactions,
    LiveBusinessCalendar live,
    CalendarSources sources,
    PromiseRecalculator promises,
    DeadlinePump pump,
    TimeProvider time)
{
    public const string AuditAction = "calendar-year-imported";

    public async Task<CalendarImportResult> PreviewAsync(int year, string json, CancellationToken cancellationToken)
    {
        var check = HolidayNoticeValidator.Validate(year, json, $"import {year}");
        if (!check.IsValid) return new CalendarImportResult.Invalid(check.Errors);
        var current = await CurrentVersionAsync(db, year, cancellationToken);
        var snapshot = await sources.WithYearAsync(db, Row(check.Year!, current + 1, "", time.GetUtcNow()), cancellationToken);
        var plan = await promises.PlanAsync(db, snapshot.Calendar, [year], time.GetUtcNow(), cancellationToken);
        return new CalendarImportResult.Preview(check.Year!, current, PromiseRecalculator.ChangesOf(plan));
    }

    public async Task<CalendarImportResult> ImportAsync(int year, string json, StaffMember by, string? role, CancellationToken cancellationToken)
    {
        var check = HolidayNoticeValidator.Validate(year, json, $"import {year}");
        if (!check.IsValid) return new CalendarImportResult.Invalid(check.Errors);

        var (snapshot, version, changes, deadlines) = await transactions.RunAsync(async (write, ct) =>
        {
            var now = time.GetUtcNow();
            var version = await CurrentVersionAsync(write.Db, year, ct) + 1;
            var row = Row(check.Year!, version, by.UserName, now);
            var snapshot = await sources.WithYearAsync(write.Db, row, ct);
            var plan = await promises.PlanAsync(write.Db, snapshot.Calendar, [year], now, ct);
            row.MovedPromises = plan.Sum(p => p.Adjustment.Moves.Count);
            write.Db.CalendarYearVersions.Add(row);
            var why = LocalizedText.Of($"导入 {year} 年国务院放假安排（第 {version} 版）", $"The State Council's {year} holiday notice was imported (version {version})");
            var deadlines = await promises.ApplyAsync(write, plan, by, role, why, snapshot.Calendar, now, ct);
            await write.Audit.AppendAsync(new AuditEntry(by.UserName, role, AuditAction, null,
                Detail: new { year, version, days = check.Year!.Days.Count, movedPromises = row.MovedPromises }), ct);
            await write.Db.SaveChangesAsync(ct);
            return (snapshot, version, PromiseRecalculator.ChangesOf(plan), deadlines);
        }, cancellationToken);

        live.Replace(snapshot);
        pump.Expect(deadlines);
        return new CalendarImportResult.Imported(check.Year!, version, changes);
    }

    /// <summary>The versions of a year imported so far, newest first.</summary>
    public Task<List<CalendarYearVersion>> VersionsAsync(int year, CancellationToken cancellationToken) =>
        db.CalendarYearVersions.AsNoTracking().Where(v => v.Year == year).OrderByDescending(v => v.Version).ToListAsync(cancellationToken);

    private static async Task<int> CurrentVersionAsync(RegistrationDbContext db, int year, CancellationToken cancellationToken) =>
        await db.CalendarYearVersions.Where(v => v.Year == year).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;

    private static CalendarYearVersion Row(HolidayYear year, int version, string by, DateTimeOffset now) => new()
    {
        Year = year.Year, Version = version, ImportedBy = by, ImportedAt = now, Json = CanonicalJson(year),
    };

    /// <summary>The stored form: the holiday-cn format of the shipped files, days in date order.</summary>
    public static string CanonicalJson(HolidayYear year) => JsonSerializer.Serialize(new
    {
        year = year.Year,
        days = year.Days.Select(d => new { name = d.Name, date = d.Date.ToString("yyyy-MM-dd"), isOffDay = d.IsOffDay }),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
