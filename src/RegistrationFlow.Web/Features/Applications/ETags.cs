using System.Globalization;

namespace RegistrationFlow.Web.Features.Applications;

/// <summary>An application's ETag is its row version in quotes (<c>"7"</c>); <c>W/"7"</c> is accepted in If-Match.</summary>
internal static class ETags
{
    public static string For(long rowVersion) => $"\"{rowVersion.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The row version an If-Match value names, or null when it names none (e.g. <c>*</c> or garbage).</summary>
    public static long? Parse(string ifMatch)
    {
        var value = ifMatch.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        value = value.Trim('"');
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }
}
