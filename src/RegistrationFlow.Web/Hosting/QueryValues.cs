using System.Globalization;
using System.Text.RegularExpressions;
using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Hosting;

/// <summary>Reads query-string values with messages in the caller's language, keyed by the parameter name.</summary>
internal static partial class QueryValues
{
    /// <param name="inRange">False where the endpoint answers dates outside the calendar itself (naming what it covers).</param>
    public static DateOnly Date(string? text, string name, Dictionary<string, string[]> errors, HttpContext http, bool inRange = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[name] = [http.Localize(Required(name))];
            return default;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (!inRange || QueryLimits.IsAllowedDate(date)) return date;
            errors[name] = [http.Localize(QueryLimits.DateOutOfRange(name))];
            return default;
        }
        errors[name] = [http.Localize(LocalizedText.Of(
            $"“{text}”不是日期，请写成 yyyy-MM-dd，如 2026-03-02。", $"'{text}' is not a date; write yyyy-MM-dd, e.g. 2026-03-02."))];
        return default;
    }

    /// <summary>An ISO-8601 instant; without an offset it is read as office-local time.</summary>
    public static DateTimeOffset Instant(string? text, string name, TimeZoneInfo office, Dictionary<string, string[]> errors, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[name] = [http.Localize(Required(name))];
            return default;
        }
        // An unencoded '+' in a query string arrives as a space: "…T09:00:00 08:00".
        var trimmed = SpaceForPlus().Replace(text.Trim(), "+$1");
        if (HasOffset().IsMatch(trimmed) &&
            DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return InRange(instant, name, errors, http);
        }
        if (!HasOffset().IsMatch(trimmed) &&
            DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && trimmed.Contains('T'))
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            if (!QueryLimits.IsAllowedDate(DateOnly.FromDateTime(unspecified)))
                return InRange(default, name, errors, http);
            return new DateTimeOffset(unspecified, office.GetUtcOffset(unspecified));
        }
        errors[name] = [http.Localize(LocalizedText.Of(
            $"“{text}”不是 ISO-8601 时刻，请写成如 2026-03-02T09:00:00+08:00。",
            $"'{text}' is not an ISO-8601 instant; write e.g. 2026-03-02T09:00:00+08:00."))];
        return default;
    }

    /// <summary>A page number within <see cref="QueryLimits.MaxPage"/>; absent means the first page.</summary>
    public static int Page(int? page, string name, Dictionary<string, string[]> errors, HttpContext http)
    {
        if (page is null) return 1;
        if (QueryLimits.IsAllowedPage(page.Value)) return page.Value;
        errors[name] = [http.Localize(QueryLimits.PageOutOfRange(name))];
        return 1;
    }

    private static DateTimeOffset InRange(DateTimeOffset instant, string name, Dictionary<string, string[]> errors, HttpContext http)
    {
        if (instant != default && QueryLimits.IsAllowedDate(DateOnly.FromDateTime(instant.UtcDateTime))) return instant;
        errors[name] = [http.Localize(QueryLimits.DateOutOfRange(name))];
        return default;
    }

    public static LocalizedText Required(string name) => LocalizedText.Of($"请提供 {name}。", $"{name} is required.");

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();

    [GeneratedRegex(@" (\d{2}:?\d{2})$")]
    private static partial Regex SpaceForPlus();
}
