using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Calendar.Page;

internal static class CalendarPageTexts
{
    public static readonly LocalizedText Title = ZhEn("业务日历", "Business calendar");
    public static readonly LocalizedText Intro = ZhEn(
        "节假日、调休上班日与暂定日。尚未导入国务院放假安排的年份按《全国年节及纪念日放假办法》暂定计算，以国务院当年放假安排为准。",
        "Holidays, make-up working days and provisional days. A year whose State Council notice is not imported is computed from the holiday rules, subject to the notice.");
    public static readonly LocalizedText Year = ZhEn("年份", "Year");
    public static readonly LocalizedText Holiday = ZhEn("放假", "Holiday");
    public static readonly LocalizedText MakeUp = ZhEn("调休上班", "Make-up working day");
    public static readonly LocalizedText Weekend = ZhEn("周末", "Weekend");
    public static readonly LocalizedText Provisional = ZhEn("暂定", "Provisional");
    public static readonly LocalizedText Import = ZhEn("导入国务院放假安排", "Import the State Council's notice");
    public static readonly LocalizedText ImportHint = ZhEn(
        "粘贴当年放假安排（与 workflows/calendar 中文件相同的 JSON：days 中每项含 name、date、isOffDay；isOffDay 为 false 即调休上班日）。先预览，再确认导入。",
        "Paste the year's notice (the JSON of the files in workflows/calendar: days of name, date, isOffDay; isOffDay false is a make-up working day). Preview first, then confirm.");
    public static readonly LocalizedText Preview = ZhEn("预览", "Preview");
    public static readonly LocalizedText Confirm = ZhEn("确认导入", "Confirm import");
    public static readonly LocalizedText NoChanges = ZhEn("没有在办件的承诺时间需要变更。", "No promise of an open application changes.");
    public static readonly LocalizedText Receipt = ZhEn("受理编号", "Receipt");
    public static readonly LocalizedText Field = ZhEn("承诺", "Promise");
    public static readonly LocalizedText FromTime = ZhEn("原时间", "From");
    public static readonly LocalizedText ToTime = ZhEn("顺延至", "To");
    public static readonly LocalizedText Versions = ZhEn("已导入版本", "Imported versions");
    public static readonly LocalizedText Hours = ZhEn("办公时间（夏令/冬令时）", "Hall hours (summer/winter)");
    public static readonly LocalizedText HoursHint = ZhEn(
        "每个季节：名称、开始日期（MM-dd）与办公时段。保存后新受理的时限按新时间计算，已作出的承诺不变。",
        "Each season: a name, the day it starts (MM-dd) and its sessions. New deadlines use the new hours once saved; promises given stand.");
    public static readonly LocalizedText SaveHours = ZhEn("保存办公时间", "Save hall hours");

    public static LocalizedText Source(string source, int? version) => source switch
    {
        "import" => ZhEn($"国务院放假安排（导入第 {version} 版）", $"State Council notice (imported, version {version})"),
        "provisional" => ZhEn("暂定：按放假办法计算，以国务院当年放假安排为准", "Provisional: computed from the holiday rules, subject to the State Council's notice"),
        _ => ZhEn("国务院放假安排（随产品提供）", "State Council notice (shipped)"),
    };

    public static LocalizedText PreviewSummary(int holidays, int makeUp, int changes) => ZhEn(
        $"放假 {holidays} 天、调休上班 {makeUp} 天；{changes} 项承诺将顺延（不会提前）。",
        $"{holidays} days off, {makeUp} make-up working days; {changes} promise(s) will move later (never earlier).");

    public static LocalizedText Imported(int year, int version, int changes) => ZhEn(
        $"{year} 年放假安排已作为第 {version} 版生效，{changes} 项承诺已顺延并通知申请人。",
        $"{year}'s notice is in force as version {version}; {changes} promise(s) moved and the applicants told.");

    public static LocalizedText HoursSaved(int version) => ZhEn($"办公时间已保存为第 {version} 版。", $"Hall hours saved as version {version}.");

    public static LocalizedText FieldName(string field) => field switch
    {
        "dueAt" => ZhEn("办结时限", "Due"),
        "certificateReadyAt" => ZhEn("领证时间", "Certificate ready"),
        _ => ZhEn("补正期限", "Supplement deadline"),
    };

    public static readonly string[] WeekdaysZh = ["一", "二", "三", "四", "五", "六", "日"];
    public static readonly string[] WeekdaysEn = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
}
