using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Calendar;

internal static class CalendarTexts
{
    public static readonly LocalizedText EndBeforeStart = ZhEn("结束日期早于开始日期。", "The end date is before the start date.");

    public static LocalizedText RangeTooLong(int maxDays) => ZhEn(
        $"一次最多查询 {maxDays} 天。", $"At most {maxDays} days can be listed at once.");

    public static readonly LocalizedText NotCoveredTitle = ZhEn("业务日历没有该日期的数据", "The business calendar does not cover the date");

    public static readonly LocalizedText UnknownVersionTitle = ZhEn("没有该版本", "No such version");

    public static LocalizedText UnknownVersion(int year, int version) => ZhEn(
        $"{year} 年没有导入过第 {version} 版放假安排。", $"No version {version} of {year}'s holiday notice was imported.");
}
