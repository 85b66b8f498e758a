using System.Text;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Web.Features.Audit;

/// <summary>
/// The audit trail as CSV (RFC 4180) for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads Chinese), one record
/// a row, times office-local. A cell a spreadsheet would take for a formula (=, +, -, @) is prefixed with an apostrophe.
/// </summary>
internal static class AuditCsv
{
    public static readonly string[] Header =
        ["sequence", "instant", "actor", "role", "action", "applicationId", "fromStep", "toStep", "detail", "hash"];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditRecord> records, TimeZoneInfo office, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024);
        await writer.WriteAsync(Line(Header));
        await foreach (var r in records.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line([
                r.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                TimeZoneInfo.ConvertTime(r.Instant, office).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture),
                r.Actor, r.Role, r.Action, r.ApplicationId?.ToString(), r.FromStep, r.ToStep, r.Detail, r.Hash,
            ]));
        }
    }

    public static string Line(IReadOnlyList<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny(['"', ',', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
