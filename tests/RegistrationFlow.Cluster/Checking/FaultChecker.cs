using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using RegistrationFlow.Cluster.Load;

namespace RegistrationFlow.Cluster.Checking;

/// <summary>
/// The properties a fault run must keep, checked on what the clients were told (the <see cref="Ledger"/>), the database
/// snapshot and the API's answers:
/// <list type="number">
/// <item>every acknowledged create, action and claim is in the audit trail and the application's history;</item>
/// <item>nothing is duplicated: one application at most per create marker, each lifecycle action at most once per
/// application (the load walks a path without loops), no two acknowledgements of one application carrying the same
/// row version;</item>
/// <item>receipt and certificate numbers are unique and gap-free within their series, in step with their counters and
/// with what the clients were told;</item>
/// <item>each deadline fired at most once, and each fired deadline has exactly one audit record of its firing (a
/// warning that fired after the application was escalated changes nothing and has none);</item>
/// <item>no work task was claimed by two users;</item>
/// <item>the audit chain verifies.</item>
/// </list>
/// </summary>
public static partial class FaultChecker
{
    /// <summary>The lifecycle actions of the load's path: each happens at most once to an application.</summary>
    public static readonly string[] OnceEach = ["create", "accept", "pass", "approve", "hand-over"];

    private static readonly Dictionary<string, string> DeadlineActions = new(StringComparer.Ordinal)
    {
        ["deadline-warning"] = "Warning",
        ["escalated"] = "Breach",
        ["certificate-ready"] = "CertificateReady",
        ["supplement-expired"] = "SupplementExpiry",
    };

    public static CheckReport Check(DatabaseSnapshot db, IReadOnlyList<Acknowledgement> acknowledged, IReadOnlyList<string> unknownCreates, ApiObservations api)
    {
        var report = new CheckReport();
        var applications = db.Applications.ToDictionary(a => a.Id);
        var auditByApplication = db.Audit.Where(r => r.ApplicationId is not null).ToLookup(r => r.ApplicationId!.Value);

        CheckCreates(db, acknowledged, unknownCreates, applications, report);
        CheckAcknowledgedInAudit(acknowledged, auditByApplication, api, report);
        CheckNothingTwice(db, acknowledged, applications, auditByApplication, report);
        CheckReceipts(db, report);
        CheckCertificates(db, acknowledged, applications, report);
        CheckDeadlines(db, auditByApplication, report);
        CheckClaims(db, acknowledged, report);
        if (api.AuditIntact != true)
            report.Violation("audit chain", api.AuditIntact is null ? "GET /api/audit/verify did not answer" : $"broken: {api.AuditBreak}");

        report.Figure("applications in the database", db.Applications.Count);
        report.Figure("applications registered (certificate number)", db.Applications.Count(a => a.CertificateNumber is not null));
        report.Figure("applications completed (handed over)", db.Applications.Count(a => a.Status == "completed"));
        report.Figure("audit records", db.Audit.Count);
        report.Figure("audit records verified by GET /api/audit/verify", api.AuditRecordsVerified);
        report.Figure("histories read through the API", api.Histories.Count);
        return report;
    }

    private static void CheckCreates(DatabaseSnapshot db, IReadOnlyList<Acknowledgement> acknowledged, IReadOnlyList<string> unknownCreates,
        Dictionary<Guid, ApplicationRow> applications, CheckReport report)
    {
        var byMarker = db.Applications.Select(a => (Application: a, Marker: MarkerOf(a.Address))).Where(x => x.Marker is not null)
            .ToLookup(x => x.Marker!, x => x.Application);
        foreach (var group in byMarker.Where(g => g.Count() > 1))
            report.Violation("duplicate create", $"{group.Count()} applications carry the marker {group.Key}: {string.Join(", ", group.Select(a => a.ReceiptNumber))}");

        var creates = acknowledged.Where(a => a.Kind == AcknowledgementKind.Create).ToList();
        foreach (var create in creates)
        {
            if (!applications.TryGetValue(create.ApplicationId, out var row))
            {
                report.Violation("lost create", $"application {create.ApplicationId} ({create.ReceiptNumber}) was acknowledged (201) but is not in the database");
                continue;
            }
            if (create.Marker is not null && MarkerOf(row.Address) != create.Marker)
                report.Violation("create mismatch", $"application {row.Id} carries marker {MarkerOf(row.Address)}, the client created {create.Marker}");
            if (create.ReceiptNumber is not null && row.ReceiptNumber != create.ReceiptNumber)
                report.Violation("receipt mismatch", $"application {row.Id} has receipt {row.ReceiptNumber}, the client was told {create.ReceiptNumber}");
        }
        var committedUnknown = unknownCreates.Count(m => byMarker.Contains(m));
        report.Figure("creates acknowledged", creates.Count);
        report.Figure("creates whose answer was lost", unknownCreates.Count);
        report.Figure("… of which committed all the same (found by marker)", committedUnknown);
    }

    private static void CheckAcknowledgedInAudit(IReadOnlyList<Acknowledgement> acknowledged, ILookup<Guid, AuditRow> auditByApplication,
        ApiObservations api, CheckReport report)
    {
        foreach (var ack in acknowledged)
        {
            var records = auditByApplication[ack.ApplicationId];
            var found = ack.Kind == AcknowledgementKind.Claim
                ? records.Any(r => r.Action == "claim" && r.Actor == ack.User && GuidIn(r.Detail, "taskId") == ack.TaskId)
                : records.Any(r => r.Action == ack.Action && r.Actor == ack.User);
            if (!found)
                report.Violation("lost action", $"{ack.Action} by {ack.User} on {ack.ApplicationId}{(ack.TaskId is { } t ? $" (task {t})" : "")} was acknowledged but has no audit record");
            if (api.Histories.TryGetValue(ack.ApplicationId, out var history) && !history.Any(h => h.Action == ack.Action && h.Who == ack.User))
                report.Violation("lost action (API)", $"{ack.Action} by {ack.User} on {ack.ApplicationId} was acknowledged but GET …/history does not show it");
        }
        if (api.HistoriesNotRead > 0)
            report.Violation("history unreadable", $"{api.HistoriesNotRead} acknowledged applications' histories could not be read through the API after the load");
        foreach (var kind in acknowledged.GroupBy(a => a.Kind == AcknowledgementKind.Claim ? "claim" : a.Action).OrderBy(g => g.Key, StringComparer.Ordinal))
            report.Figure($"acknowledged: {kind.Key}", kind.Count());
        report.Figure("acknowledged in all", acknowledged.Count);
    }

    private static void CheckNothingTwice(DatabaseSnapshot db, IReadOnlyList<Acknowledgement> acknowledged, Dictionary<Guid, ApplicationRow> applications,
        ILookup<Guid, AuditRow> auditByApplication, CheckReport report)
    {
        foreach (var group in auditByApplication)
        {
            foreach (var action in group.Where(r => OnceEach.Contains(r.Action)).GroupBy(r => r.Action).Where(g => g.Count() > 1))
                report.Violation("action applied twice", $"{action.Key} recorded {action.Count()} times on {group.Key} (sequences {string.Join(", ", action.Select(r => r.Sequence))})");
        }
        foreach (var application in acknowledged.Where(a => a.RowVersion is not null).GroupBy(a => a.ApplicationId))
        {
            foreach (var same in application.GroupBy(a => a.RowVersion).Where(g => g.Count() > 1))
                report.Violation("two acknowledgements of one version", $"{string.Join(" and ", same.Select(a => $"{a.Action} by {a.User}"))} on {application.Key} were both answered with ETag \"{same.Key}\"");
            if (applications.TryGetValue(application.Key, out var row) && row.RowVersion < application.Max(a => a.RowVersion!.Value))
                report.Violation("row version went back", $"{application.Key} is at version {row.RowVersion}, a client was told {application.Max(a => a.RowVersion)}");
        }
        var receipts = db.Applications.GroupBy(a => a.ReceiptNumber).Where(g => g.Count() > 1);
        foreach (var receipt in receipts) report.Violation("duplicate receipt number", $"{receipt.Key} on {receipt.Count()} applications");
    }

    private static void CheckReceipts(DatabaseSnapshot db, CheckReport report)
    {
        var series = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var application in db.Applications)
        {
            var match = ReceiptPattern().Match(application.ReceiptNumber);
            if (!match.Success)
            {
                report.Violation("receipt number format", $"{application.ReceiptNumber} on {application.Id}");
                continue;
            }
            var day = match.Groups["day"].Value;
            if (!series.TryGetValue(day, out var numbers)) series[day] = numbers = [];
            numbers.Add(long.Parse(match.Groups["sequence"].Value, CultureInfo.InvariantCulture));
        }
        CheckSeries("receipt", series, db.ReceiptCounters, report);
        report.Figure("receipt numbers", db.Applications.Count);
        report.Figure("receipt series (office days)", series.Count);
    }

    private static void CheckCertificates(DatabaseSnapshot db, IReadOnlyList<Acknowledgement> acknowledged, Dictionary<Guid, ApplicationRow> applications,
        CheckReport report)
    {
        foreach (var number in db.Certificates.GroupBy(c => c.Number).Where(g => g.Count() > 1))
            report.Violation("duplicate certificate number", $"{number.Key} on {number.Count()} certificates");
        foreach (var application in db.Certificates.GroupBy(c => c.ApplicationId).Where(g => g.Count() > 1))
            report.Violation("two certificates for one application", $"{application.Key}: {string.Join(", ", application.Select(c => c.Number))}");
        var series = db.Certificates.GroupBy(c => DatabaseSnapshot.CertificateSeries(c.Year, c.Kind))
            .ToDictionary(g => g.Key, g => g.Select(c => c.Sequence).ToList(), StringComparer.Ordinal);
        CheckSeries("certificate", series, db.CertificateCounters, report);

        var byNumber = db.Certificates.GroupBy(c => c.Number).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var application in db.Applications.Where(a => a.CertificateNumber is not null))
        {
            if (!byNumber.TryGetValue(application.CertificateNumber!, out var certificate) || certificate.ApplicationId != application.Id)
                report.Violation("certificate mismatch", $"{application.Id} shows {application.CertificateNumber}, which no certificate of it carries");
        }
        foreach (var certificate in db.Certificates)
        {
            if (!applications.TryGetValue(certificate.ApplicationId, out var owner) || owner.CertificateNumber != certificate.Number)
                report.Violation("certificate mismatch", $"certificate {certificate.Number} belongs to {certificate.ApplicationId}, which does not show it");
        }
        foreach (var approve in acknowledged.Where(a => a.CertificateNumber is not null))
        {
            if (!applications.TryGetValue(approve.ApplicationId, out var row) || row.CertificateNumber != approve.CertificateNumber)
                report.Violation("certificate mismatch", $"{approve.ApplicationId}: the approver was told {approve.CertificateNumber}, the database has {row?.CertificateNumber ?? "none"}");
        }
        report.Figure("certificate numbers", db.Certificates.Count);
    }

    /// <summary>Numbers 1…n once each in every series, and each series' counter at n + 1.</summary>
    private static void CheckSeries(string what, Dictionary<string, List<long>> series, IReadOnlyList<CounterRow> counters, CheckReport report)
    {
        var next = counters.ToDictionary(c => c.Series, c => c.NextValue, StringComparer.Ordinal);
        foreach (var (key, numbers) in series.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var distinct = numbers.Distinct().Order().ToList();
            if (distinct.Count != numbers.Count)
                report.Violation($"duplicate {what} number", $"series {key}: {numbers.Count - distinct.Count} numbers used twice");
            var missing = Enumerable.Range(1, (int)Math.Min(distinct.LastOrDefault(), int.MaxValue)).Select(n => (long)n).Except(distinct).ToList();
            if (missing.Count > 0)
                report.Violation($"{what} gap", $"series {key} misses {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? $" and {missing.Count - 10} more" : "")} of 1–{distinct.LastOrDefault()}");
            if (!next.TryGetValue(key, out var counter))
                report.Violation($"{what} counter", $"series {key} has numbers but no counter row");
            else if (counter != distinct.LastOrDefault() + 1)
                report.Violation($"{what} counter", $"series {key}: the counter says the next is {counter}, the highest number used is {distinct.LastOrDefault()}");
        }
        foreach (var counter in counters.Where(c => !series.ContainsKey(c.Series) && c.NextValue != 1))
            report.Violation($"{what} gap", $"series {counter.Series}: the counter says the next is {counter.NextValue}, but no number of it is used");
    }

    private static void CheckDeadlines(DatabaseSnapshot db, ILookup<Guid, AuditRow> auditByApplication, CheckReport report)
    {
        var rows = db.Deadlines.ToDictionary(d => d.Id);
        var firings = db.Audit.Where(r => DeadlineActions.ContainsKey(r.Action))
            .Select(r => (Record: r, DeadlineId: GuidIn(r.Detail, "deadlineId"))).ToList();
        foreach (var (record, _) in firings.Where(f => f.DeadlineId is null))
            report.Violation("deadline record", $"audit {record.Sequence} ({record.Action}) names no deadlineId");
        var byDeadline = firings.Where(f => f.DeadlineId is not null).ToLookup(f => f.DeadlineId!.Value, f => f.Record);
        foreach (var group in byDeadline)
        {
            if (group.Count() > 1)
                report.Violation("deadline fired twice", $"deadline {group.Key} has {group.Count()} firing records (sequences {string.Join(", ", group.Select(r => r.Sequence))})");
            if (!rows.TryGetValue(group.Key, out var row))
            {
                report.Violation("deadline record", $"audit records name deadline {group.Key}, which does not exist");
                continue;
            }
            if (row.State != "Fired")
                report.Violation("deadline record", $"deadline {row.Id} ({row.Kind}) has a firing record but is {row.State}");
            foreach (var record in group)
            {
                if (DeadlineActions[record.Action] != row.Kind)
                    report.Violation("deadline record", $"audit {record.Sequence} ({record.Action}) names deadline {row.Id}, a {row.Kind}");
                if (InstantIn(record.Detail, "firedAt") is { } firedAt && row.FiredAt is { } rowFiredAt && (firedAt - rowFiredAt).Duration() > TimeSpan.FromMilliseconds(1))
                    report.Violation("deadline record", $"deadline {row.Id} fired at {rowFiredAt:O}, its record says {firedAt:O}");
            }
        }
        var withoutEffect = 0;
        foreach (var row in db.Deadlines.Where(d => d.State == "Fired"))
        {
            if (row.FiredAt is null) report.Violation("deadline record", $"deadline {row.Id} is Fired without a firing instant");
            if (byDeadline.Contains(row.Id)) continue;
            // A warning that fires after the breach has escalated the application changes nothing, so it writes no record.
            var escalated = auditByApplication[row.ApplicationId].Any(r => r.Action == "escalated" && r.Instant <= row.FiredAt);
            if (row.Kind == "Warning" && escalated)
            {
                withoutEffect++;
                continue;
            }
            report.Violation("deadline without record", $"deadline {row.Id} ({row.Kind}, application {row.ApplicationId}) is Fired at {row.FiredAt:O} but has no audit record");
        }
        foreach (var kind in db.Deadlines.Where(d => d.State == "Fired").GroupBy(d => d.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            report.Figure($"deadlines fired: {kind.Key}", kind.Count());
        report.Figure("deadlines fired without effect (warning after escalation)", withoutEffect);
        report.Figure("deadlines pending", db.Deadlines.Count(d => d.State == "Pending"));
        report.Figure("deadlines cancelled", db.Deadlines.Count(d => d.State == "Cancelled"));
    }

    private static void CheckClaims(DatabaseSnapshot db, IReadOnlyList<Acknowledgement> acknowledged, CheckReport report)
    {
        var tasks = db.Tasks.ToDictionary(t => t.Id);
        var claims = acknowledged.Where(a => a.Kind == AcknowledgementKind.Claim).ToList();
        foreach (var task in claims.GroupBy(c => c.TaskId!.Value))
        {
            var users = task.Select(c => c.User).Distinct().ToList();
            if (users.Count > 1)
                report.Violation("task claimed twice", $"task {task.Key}: {string.Join(" and ", users)} were both told they hold it");
            if (!tasks.TryGetValue(task.Key, out var row))
                report.Violation("task claimed twice", $"task {task.Key} was claimed but does not exist");
            else if (!users.Contains(row.ClaimedBy ?? ""))
                report.Violation("task claimed twice", $"task {task.Key} is held by {row.ClaimedBy ?? "nobody"}, {string.Join(" and ", users)} was told they hold it");
        }
        var recorded = db.Audit.Where(r => r.Action == "claim").GroupBy(r => GuidIn(r.Detail, "taskId"));
        foreach (var task in recorded)
        {
            if (task.Key is null)
            {
                report.Violation("task claimed twice", $"{task.Count()} claim records name no task");
                continue;
            }
            if (task.Count() > 1)
                report.Violation("task claimed twice", $"task {task.Key} has {task.Count()} claim records ({string.Join(", ", task.Select(r => r.Actor))})");
            if (tasks.TryGetValue(task.Key.Value, out var row) && task.Any(r => r.Actor != row.ClaimedBy))
                report.Violation("task claimed twice", $"task {task.Key} is held by {row.ClaimedBy ?? "nobody"}, claim records name {string.Join(", ", task.Select(r => r.Actor))}");
        }
        report.Figure("claims acknowledged", claims.Count);
        report.Figure("tasks claimed", db.Tasks.Count(t => t.ClaimedBy is not null));
    }

    /// <summary>The load's create marker at the end of an address (<c>… FT1a2b3c4d-2-17</c>).</summary>
    public static string? MarkerOf(string? address) => address is null ? null : MarkerPattern().Match(address) is { Success: true } m ? m.Value : null;

    private static Guid? GuidIn(string? detail, string property) =>
        PropertyOf(detail, property) is { ValueKind: JsonValueKind.String } value && Guid.TryParse(value.GetString(), out var id) ? id : null;

    private static DateTimeOffset? InstantIn(string? detail, string property) =>
        PropertyOf(detail, property) is { ValueKind: JsonValueKind.String } value && value.TryGetDateTimeOffset(out var instant) ? instant : null;

    private static JsonElement? PropertyOf(string? detail, string property)
    {
        if (string.IsNullOrEmpty(detail)) return null;
        try
        {
            using var document = JsonDocument.Parse(detail);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(property, out var value) ? value.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"FT[0-9a-f]{8}-\d+-\d+$")]
    private static partial Regex MarkerPattern();

    /// <summary><c>{prefix}{yyyyMMdd}{0001…}</c>.</summary>
    [GeneratedRegex(@"^(?<prefix>[A-Za-z]*)(?<day>\d{8})(?<sequence>\d{4,})$")]
    private static partial Regex ReceiptPattern();
}
