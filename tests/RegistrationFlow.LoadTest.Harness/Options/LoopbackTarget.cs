using System.Net;

namespace RegistrationFlow.LoadTest.Options;

/// <summary>The load generator only ever drives an instance on this machine.</summary>
public static class LoopbackTarget
{
    public static bool TryCreate(string? text, out Uri url, out string? error)
    {
        url = null!;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            error = $"--url must be an absolute http:// or https:// address, not '{text}'.";
            return false;
        }
        if (!IsLoopback(parsed))
        {
            error = $"--url {parsed} is refused: the load generator only targets this machine (localhost, 127.0.0.1 or ::1), not '{parsed.Host}'.";
            return false;
        }
        url = new Uri(parsed.GetLeftPart(UriPartial.Authority) + "/");
        error = null;
        return true;
    }

    public static bool IsLoopback(Uri url) =>
        string.Equals(url.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
