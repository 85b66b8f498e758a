using RegistrationFlow.Core.Registration.Search;

namespace RegistrationFlow.Core.Tests.Registration.Search;

public sealed class IdentitySearchNumberTests
{
    [Theory]
    [InlineData("11010519491231002X", "11010519491231002X", IdentitySearchNumber.ResidentId)]
    [InlineData(" 11010519491231002x ", "11010519491231002X", IdentitySearchNumber.ResidentId)] // typed: spaces, lower-case x
    [InlineData("91350100M000100Y43", "91350100M000100Y43", IdentitySearchNumber.CreditCode)]
    [InlineData("91350100m000100y43", "91350100M000100Y43", IdentitySearchNumber.CreditCode)]
    public void A_whole_valid_number_is_an_identity_search(string text, string number, string kind)
    {
        Assert.True(IdentitySearchNumber.TryRead(text, out var read, out var readKind));
        Assert.Equal(number, read);
        Assert.Equal(kind, readKind);
    }

    [Theory]
    [InlineData("110105194912310021")] // wrong check character
    [InlineData("11010519491231002")]  // one short
    [InlineData("110105")]             // the start of a number
    [InlineData("91350100M000100Y44")] // credit code with a wrong check character
    [InlineData("张三")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not(string? text) =>
        Assert.False(IdentitySearchNumber.TryRead(text, out _, out _));
}
