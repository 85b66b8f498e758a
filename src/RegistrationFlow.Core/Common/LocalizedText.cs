namespace RegistrationFlow.Core.Common;

/// <summary>A text in the two languages the product speaks: simplified Chinese (default) and English.</summary>
public sealed record LocalizedText(string ZhCn, string EnUs)
{
    public static LocalizedText Of(string zhCn, string enUs) => new(zhCn, enUs);

    /// <summary>Picks the text for a language tag such as "en", "en-US" or "zh-CN"; anything not English gets Chinese.</summary>
    public string For(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? EnUs : ZhCn;

    public override string ToString() => $"{ZhCn} / {EnUs}";
}
