using System.Security.Cryptography;
using System.Text;

namespace RegistrationFlow.Core.Registration.Search;

/// <summary>
/// What the search index holds instead of an identity number: HMAC-SHA256 of the normalised number under the
/// installation's secret key, as 64 lower-case hex digits. The same number always gives the same digest, so an exact
/// search finds it; without the key the digest cannot be turned back into the number, not even by trying every valid
/// number (there are only some 10^11 of them, which a plain hash would not protect).
/// </summary>
public static class IdentityDigest
{
    /// <summary>The shortest key accepted: 256 bits, the hash's own size.</summary>
    public const int MinimumKeyBytes = 32;

    public static string Of(ReadOnlySpan<byte> key, string number)
    {
        if (key.Length < MinimumKeyBytes)
            throw new ArgumentException($"The search key must be at least {MinimumKeyBytes} bytes; it is {key.Length}.", nameof(key));
        var text = Encoding.UTF8.GetBytes(IdentitySearchNumber.Normalise(number));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, text));
    }
}
