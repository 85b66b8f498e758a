using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Tests.Common;

public sealed class QueryLimitsTests
{
    [Theory]
    [InlineData("2000-01-01", true)]
    [InlineData("2099-12-31", true)]
    [InlineData("2026-03-02", true)]
    [InlineData("1999-12-31", false)]
    [InlineData("2100-01-01", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    public void Dates_from_2000_through_2099_are_allowed(string date, bool allowed) =>
        Assert.Equal(allowed, QueryLimits.IsAllowedDate(DateOnly.Parse(date)));

    [Theory]
    [InlineData(1, true)]
    [InlineData(1_000_000, true)]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(1_000_001, false)]
    [InlineData(int.MaxValue, false)]
    public void Pages_from_one_to_a_million_are_allowed(int page, bool allowed) =>
        Assert.Equal(allowed, QueryLimits.IsAllowedPage(page));

    [Fact]
    public void The_last_allowed_page_of_the_largest_size_has_an_offset_that_fits()
    {
        Assert.Equal(99_999_900, QueryLimits.Offset(QueryLimits.MaxPage, 100));
        Assert.Equal(0, QueryLimits.Offset(1, 100));
    }

    [Fact]
    public void The_messages_name_the_parameter_and_the_range()
    {
        Assert.Equal("date must be between 2000-01-01 and 2099-12-31.", QueryLimits.DateOutOfRange("date").EnUs);
        Assert.Equal("page must be between 1 and 1000000.", QueryLimits.PageOutOfRange("page").EnUs);
    }
}
