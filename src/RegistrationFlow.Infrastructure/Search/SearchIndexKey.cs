using Microsoft.Extensions.Configuration;
using RegistrationFlow.Core.Registration.Search;

namespace RegistrationFlow.Infrastructure.Search;

/// <summary>
/// The installation's secret key for the identity-number index (<c>Search:IdentityKey</c>, base64 of at least 32
/// bytes). It is kept outside the database — in the environment or a secret file — so that a copy of the database
/// (a backup, a dump) does not reveal the numbers behind the digests. Every node of one database needs the same key.
/// See docs/SECURITY.md.
/// </summary>
public sealed class SearchIndexKey
{
    public const string Setting = "Search:IdentityKey";

    /// <summary>
    /// The key Development and the tests use when none is configured. It is published in the source, so it protects
    /// nothing: the service refuses it outside Development.
    /// </summary>
    public const string DevelopmentKeyBase64 = "UmVnaXN0cmF0aW9uRmxvdyBkZXZlbG9wbWVudCBrZXkgLSBub3QgYSBzZWNyZXQ=";

    /// <summary>The way terms are made; change it when <see cref="AddressBigrams"/> or <see cref="IdentityDigest"/> changes, and start-up rebuilds them.</summary>
    private const string TermsVersion = "identity:hmac-sha256:v1;address:nfkc-bigrams:v1";

    private readonly byte[] _key;

    private SearchIndexKey(byte[] key)
    {
        _key = key;
        Fingerprint = IdentityDigest.Of(key, TermsVersion)[..32];
    }

    public static SearchIndexKey Development { get; } = new(Convert.FromBase64String(DevelopmentKeyBase64));

    /// <summary>Identifies the key and the way terms are made, without revealing the key (an HMAC of a constant under it).</summary>
    public string Fingerprint { get; }

    public bool IsDevelopmentKey => Fingerprint == Development.Fingerprint;

    /// <summary>The digest the index holds for an identity number.</summary>
    public string Digest(string identityNumber) => IdentityDigest.Of(_key, identityNumber);

    /// <summary>Reads a configured key, or says in both languages what is wrong with it.</summary>
    public static bool TryRead(string? base64, out SearchIndexKey? key, out string? problem)
    {
        key = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(base64))
        {
            problem = $"未配置身份证号检索密钥 {Setting}。 {Setting} is not set.";
            return false;
        }
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            problem = $"{Setting} 不是 base64 编码。 {Setting} is not base64.";
            return false;
        }
        if (bytes.Length < IdentityDigest.MinimumKeyBytes)
        {
            problem = $"{Setting} 至少需要 {IdentityDigest.MinimumKeyBytes} 字节，现为 {bytes.Length} 字节。 " +
                      $"{Setting} must hold at least {IdentityDigest.MinimumKeyBytes} bytes; it holds {bytes.Length}.";
            return false;
        }
        key = new SearchIndexKey(bytes);
        return true;
    }

    /// <summary>
    /// The key the host runs with: <see cref="Setting"/> when set; else, where <paramref name="developmentKeyAllowed"/>
    /// (Development, tests, the benchmark loaders), the published development key. Outside Development a missing, short or
    /// published key stops start-up, so a production database is never indexed under a key everyone knows.
    /// </summary>
    public static SearchIndexKey Read(IConfiguration configuration, bool developmentKeyAllowed)
    {
        var configured = configuration[Setting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (developmentKeyAllowed) return Development;
            throw new InvalidOperationException(
                $"身份证号检索需要每个安装自己的密钥：请设置 {Setting}。 Searching by identity number needs this installation's own key: set {Setting}. " + HowToMakeOne);
        }
        if (!TryRead(configured, out var key, out var problem))
            throw new InvalidOperationException(problem + " " + HowToMakeOne);
        if (key!.IsDevelopmentKey && !developmentKeyAllowed)
            throw new InvalidOperationException(
                $"{Setting} 是源代码中公开的开发密钥，生产环境不能使用。 {Setting} is the development key published in the source; it is refused outside Development. " + HowToMakeOne);
        return key;
    }

    /// <summary>How to make a key, for the messages that refuse a start without one.</summary>
    public static readonly string HowToMakeOne =
        $"生成方法 / make one with: openssl rand -base64 32，并以环境变量 {Setting.Replace(":", "__")} 或密钥文件提供 " +
        $"(set it as the environment variable {Setting.Replace(":", "__")} or in a secret file), the same on every node.";

    public override string ToString() => $"search key {Fingerprint[..8]}…";
}
