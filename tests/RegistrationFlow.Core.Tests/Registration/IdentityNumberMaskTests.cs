using RegistrationFlow.Core.Registration.Identifiers;

namespace RegistrationFlow.Core.Tests.Registration;

public sealed class IdentityNumberMaskTests
{
    [Theory]
    [InlineData("11010519491231002X", "110105********002X")] // resident ID: region and last four
    [InlineData("91350100M000100Y43", "913501********0Y43")] // credit code, same length
    [InlineData("E12345678", "*****5678")] // passport: no region to keep
    [InlineData("12345678901", "123456*8901")] // just longer than six plus four
    [InlineData("1234567890", "******7890")] // six plus four exactly: the start is hidden too
    [InlineData("12345", "*2345")]
    [InlineData("1234", "****")]
    [InlineData("", "")]
    public void Keeps_the_region_and_the_last_four_of_long_numbers_and_only_the_last_four_of_short_ones(string number, string shown) =>
        Assert.Equal(shown, IdentityNumberMask.Mask(number));

    [Fact]
    public void A_masked_number_has_the_length_of_the_number() =>
        Assert.All(Enumerable.Range(0, 30).Select(n => new string('7', n)), number => Assert.Equal(number.Length, IdentityNumberMask.Mask(number).Length));
}
