using RegistrationFlow.Core.Registration.Search;

namespace RegistrationFlow.Core.Tests.Registration.Search;

public sealed class AddressBigramsTests
{
    [Fact]
    public void Splits_into_distinct_neighbouring_pairs_in_order() =>
        Assert.Equal(["幸福", "福小", "小区", "区幸"], AddressBigrams.Of("幸福小区幸福"));

    [Fact]
    public void Ignores_white_space_and_reads_full_width_forms_and_letters_alike() =>
        Assert.Equal(AddressBigrams.Of("1幢101室A座"), AddressBigrams.Of(" 1 幢 １０１ 室　ａ座"));

    [Fact]
    public void A_fragment_has_only_pairs_its_address_has()
    {
        var address = AddressBigrams.Of("临海市古城街道幸福小区 3 幢 201 室");
        Assert.All(AddressBigrams.Of("幸福小区"), pair => Assert.Contains(pair, address));
        Assert.All(AddressBigrams.Of("3幢201"), pair => Assert.Contains(pair, address));
        Assert.DoesNotContain(AddressBigrams.Of("幸运小区")[0], address);
    }

    [Theory]
    [InlineData("")]
    [InlineData("路")]
    [InlineData("  路  ")]
    public void Fewer_than_two_characters_have_no_pairs(string text) => Assert.Empty(AddressBigrams.Of(text));

    [Fact]
    public void A_character_outside_the_basic_plane_counts_as_one() =>
        Assert.Equal(["𠀀村"], AddressBigrams.Of("𠀀村"));
}
