using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Features.Audit;

/// <summary>The audit filter from the query string, each bad value an error keyed by its parameter.</summary>
internal static class AuditFilterQuery
{
    public const int MaxTextLength = 256;

    public static AuditFilter Read(string? user, string? applicationId, string? action, string? from, string? to,
        Dictionary<string, string[]> errors, HttpContext http)
    {
        Guid? application = null;
        if (!string.IsNullOrWhiteSpace(applicationId))
        {
            if (Guid.TryParse(applicationId.Trim(), out var id)) application = id;
            else errors["applicationId"] = [http.Localize(LocalizedText.Of(
                $"“{Shorten(applicationId)}”不是申请编号（GUID）。", $"'{Shorten(applicationId)}' is not an application id (a GUID)."))];
        }
        Text(user, "user", errors, http);
        Text(action, "action", errors, http);
        DateOnly? fromDay = string.IsNullOrWhiteSpace(from) ? null : QueryValues.Date(from, "from", errors, http);
        DateOnly? toDay = string.IsNullOrWhiteSpace(to) ? null : QueryValues.Date(to, "to", errors, http);
        if (fromDay is { } f && toDay is { } t && f > t && !errors.ContainsKey("from") && !errors.ContainsKey("to"))
            errors["to"] = [http.Localize(LocalizedText.Of("to 不能早于 from。", "to may not be before from."))];
        return new AuditFilter(NullIfBlank(user), application, NullIfBlank(action), fromDay, toDay);
    }

    private static void Text(string? value, string name, Dictionary<string, string[]> errors, HttpContext http)
    {
        if (value is { Length: > MaxTextLength })
            errors[name] = [http.Localize(LocalizedText.Of($"{name} 最多 {MaxTextLength} 个字符。", $"{name} has at most {MaxTextLength} characters."))];
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
