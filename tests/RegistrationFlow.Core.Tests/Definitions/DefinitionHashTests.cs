using System.Security.Cryptography;
using System.Text;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Tests.Definitions;

public class DefinitionHashTests
{
    [Fact]
    public void Is_the_lower_case_sha256_of_the_text()
    {
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("id: x\nversion: 1"))).ToLowerInvariant();
        Assert.Equal(expected, DefinitionHash.Of("id: x\nversion: 1"));
        Assert.Matches("^[0-9a-f]{64}$", DefinitionHash.Of(""));
    }

    [Fact]
    public void A_crlf_checkout_and_trailing_whitespace_hash_the_same()
    {
        var lf = SampleDefinition.Yaml + "\n";
        Assert.Equal(DefinitionHash.Of(lf), DefinitionHash.Of(lf.Replace("\n", "\r\n")));
        Assert.Equal(DefinitionHash.Of(lf), DefinitionHash.Of(lf + "\n\n  \t"));
        Assert.Equal(DefinitionHash.Of(lf), DefinitionHash.Of("\uFEFF" + lf));
    }

    [Fact]
    public void Any_change_of_content_changes_the_hash()
    {
        var changed = SampleDefinition.With(("cut-off: \"16:00\"", "cut-off: \"15:00\""));
        Assert.NotEqual(DefinitionHash.Of(SampleDefinition.Yaml), DefinitionHash.Of(changed));
        Assert.NotEqual(DefinitionHash.Of("a:  b"), DefinitionHash.Of("a: b"));
    }
}
