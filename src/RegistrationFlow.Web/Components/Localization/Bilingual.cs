using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Components.Localization;

/// <summary>
/// How the screens declare their words: each text once, Chinese first and English second, with <see cref="ZhEn"/>
/// (a feature's *Texts class says <c>using static RegistrationFlow.Web.Components.Localization.Bilingual;</c>), shown in
/// the screen's language with <see cref="UiLanguage.Local"/>. <see cref="Pick"/> and <see cref="List"/> choose the
/// punctuation between words.
/// </summary>
public static class Bilingual
{
    public static LocalizedText ZhEn(string zhCn, string enUs) => LocalizedText.Of(zhCn, enUs);

    /// <summary>One of two forms for the screen's language (a separator, a colon).</summary>
    public static string Pick(string zhCn, string enUs) => UiLanguage.IsEnglish ? enUs : zhCn;

    /// <summary>Items joined as the screen's language lists them: 甲、乙 or A, B.</summary>
    public static string List(IEnumerable<string> items) => string.Join(Pick("、", ", "), items);
}
