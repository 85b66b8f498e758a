using System.Text;
using RegistrationFlow.Core.Registration.Search;

namespace RegistrationFlow.Core.Tests.Registration.Search;

public sealed class IdentityDigestTests
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef");

    [Theory] // expected values from `printf NUMBER | openssl dgst -sha256 -hmac KEY`
    [InlineData("11010519491231002X", "7b2b7323b75750d6b3bf13c96f9841b6f9b099fed3f4ac35fa61cfa57ff8b97b")]
    [InlineData("91350100M000100Y43", "dfa9ebad1c94366980f7690f9ae350585f5b02ea3e3945dd8f1e26df6af982b0")]
    public void Is_hmac_sha256_of_the_number_in_lower_case_hex(string number, string digest) =>
        Assert.Equal(digest, IdentityDigest.Of(Key, number));

    [Fact]
    public void Reads_the_number_normalised_so_a_lower_case_x_or_spaces_give_the_same_digest() =>
        Assert.Equal(IdentityDigest.Of(Key, "11010519491231002X"), IdentityDigest.Of(Key, " 11010519491231002x "));

    [Fact]
    public void Another_key_gives_another_digest()
    {
        var other = Encoding.ASCII.GetBytes("fedcba9876543210fedcba9876543210");
        Assert.NotEqual(IdentityDigest.Of(Key, "11010519491231002X"), IdentityDigest.Of(other, "11010519491231002X"));
    }

    [Fact]
    public void Holds_nothing_of_the_number() =>
        Assert.DoesNotContain("002X", IdentityDigest.Of(Key, "11010519491231002X"), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Refuses_a_key_shorter_than_256_bits() =>
        Assert.Throws<ArgumentException>(() => IdentityDigest.Of(new byte[31], "11010519491231002X"));
}
