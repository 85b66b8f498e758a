using System.Globalization;
using RegistrationFlow.Web.Components.Localization;

namespace RegistrationFlow.IntegrationTests.Localization;

public sealed class BilingualTests
{
    [Theory]
    [InlineData("zh-CN", "窗口受理", "买受人、出卖人", "：")]
    [InlineData("en-US", "Counter intake", "Buyer, Seller", ": ")]
    [InlineData("en", "Counter intake", "Buyer, Seller", ": ")]
    public void A_text_declared_once_shows_in_the_screen_language(string culture, string title, string list, string colon)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var english = culture.StartsWith("en", StringComparison.Ordinal);

            Assert.Equal(title, Bilingual.ZhEn("窗口受理", "Counter intake").Local());
            Assert.Equal(list, Bilingual.List(english ? ["Buyer", "Seller"] : ["买受人", "出卖人"]));
            Assert.Equal(colon, Bilingual.Pick("：", ": "));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
