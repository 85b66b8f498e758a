using System.Security.Cryptography;
using System.Text;

namespace RegistrationFlow.Core.Definitions;

/// <summary>
/// The content hash a published version is keyed by, together with (id, version). Line endings are normalised to \n,
/// a byte-order mark and trailing whitespace at the end of the file are ignored, so a CRLF checkout hashes the same.
/// </summary>
public static class DefinitionHash
{
    /// <summary>Lower-case hex SHA-256 of the normalised UTF-8 text.</summary>
    public static string Of(string text)
    {
        var normalised = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
