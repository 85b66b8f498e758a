namespace RegistrationFlow.Core.Common;

/// <summary>
/// The ranges a query value may take (docs/API.md). Dates outside the years the product can reason about, and pages no
/// client could mean, are refused with the range named instead of reaching the database or the calendar.
/// </summary>
public static class QueryLimits
{
    /// <summary>The first day a query may name: before it no registration of this product exists.</summary>
    public static readonly DateOnly FirstDate = new(2000, 1, 1);

    /// <summary>The last day a query may name: the business calendar ends with 2099.</summary>
    public static readonly DateOnly LastDate = new(2099, 12, 31);

    /// <summary>The highest page number; with at most 100 items a page that is 100 million rows in.</summary>
    public const int MaxPage = 1_000_000;

    public static bool IsAllowedDate(DateOnly date) => date >= FirstDate && date <= LastDate;

    public static bool IsAllowedPage(int page) => page is >= 1 and <= MaxPage;

    /// <summary>The rows a page skips; within the allowed pages and sizes it never overflows.</summary>
    public static int Offset(int page, int pageSize) => checked((page - 1) * pageSize);

    public static LocalizedText DateOutOfRange(string name) => LocalizedText.Of(
        $"{name} 应在 {FirstDate:yyyy-MM-dd} 到 {LastDate:yyyy-MM-dd} 之间。",
        $"{name} must be between {FirstDate:yyyy-MM-dd} and {LastDate:yyyy-MM-dd}.");

    public static LocalizedText PageOutOfRange(string name) => LocalizedText.Of(
        $"{name} 应在 1 到 {MaxPage} 之间。", $"{name} must be between 1 and {MaxPage}.");
}
