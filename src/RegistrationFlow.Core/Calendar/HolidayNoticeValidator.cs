using System.Globalization;
using System.Text.Json;
using RegistrationFlow.Core.Calendar.Provisional;
using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar;

/// <summary>The result of checking an official year: the year when it can be used, otherwise every problem found.</summary>
public sealed record HolidayNoticeCheck(HolidayYear? Year, IReadOnlyList<CalendarFieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Checks a State Council notice entered for one year, in the holiday-cn format of the shipped files
/// (<c>{ "year", "days": [ { "name", "date", "isOffDay" } ] }</c>), reporting every problem by its JSON path: each date
/// a real date inside that year and listed once (so never both a holiday and a make-up day), a name of printable text,
/// make-up working days only on a Saturday or Sunday, and every statutory day of the law present as a day off.
/// </summary>
public static class HolidayNoticeValidator
{
    public const int MaxNameLength = 20;

    public static HolidayNoticeCheck Validate(int year, string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = new List<CalendarFieldError>();
        void Add(string field, string zhCn, string enUs) => errors.Add(new CalendarFieldError(field, LocalizedText.Of(zhCn, enUs)));

        if (!StatutoryHolidays.Serves(year))
        {
            Add("year", $"只能导入 {StatutoryHolidays.FirstYear}–{StatutoryHolidays.LastYear} 年的放假安排（现行放假办法自 2025 年施行）。",
                $"Only the years {StatutoryHolidays.FirstYear}–{StatutoryHolidays.LastYear} can be imported (the current holiday rules apply from 2025).");
            return new HolidayNoticeCheck(null, errors);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            Add("$", $"不是有效的 JSON（第 {(e.LineNumber ?? 0) + 1} 行）。", $"Not valid JSON (line {(e.LineNumber ?? 0) + 1}).");
            return new HolidayNoticeCheck(null, errors);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Add("$", "顶层应为对象。", "The top level must be an object.");
                return new HolidayNoticeCheck(null, errors);
            }
            if (root.TryGetProperty("year", out var yearElement)
                && !(yearElement.ValueKind == JsonValueKind.Number && yearElement.TryGetInt32(out var stated) && stated == year))
                Add("year", $"\"year\" 应为 {year}，与地址中的年份一致。", $"\"year\" must be {year}, the year in the address.");

            if (!root.TryGetProperty("days", out var daysElement) || daysElement.ValueKind != JsonValueKind.Array)
            {
                Add("days", "缺少 \"days\" 数组。", "\"days\" is missing or is not an array.");
                return new HolidayNoticeCheck(null, errors);
            }

            var days = new Dictionary<DateOnly, (HolidayDay Day, int Index)>();
            var index = 0;
            foreach (var entry in daysElement.EnumerateArray())
            {
                if (ReadDay(year, index, entry, errors) is { } day)
                {
                    if (days.TryGetValue(day.Date, out var earlier))
                    {
                        if (earlier.Day.IsOffDay != day.IsOffDay)
                            Add($"days[{index}].date", $"{day.Date:yyyy-MM-dd} 同时被列为放假日和调休上班日（另见 days[{earlier.Index}]）。",
                                $"{day.Date:yyyy-MM-dd} is listed both as a day off and as a make-up working day (see days[{earlier.Index}]).");
                        else
                            Add($"days[{index}].date", $"{day.Date:yyyy-MM-dd} 重复（另见 days[{earlier.Index}]）。",
                                $"{day.Date:yyyy-MM-dd} is listed twice (see days[{earlier.Index}]).");
                    }
                    else
                    {
                        days[day.Date] = (day, index);
                    }
                }
                index++;
            }

            foreach (var holiday in StatutoryHolidays.Of(year))
            {
                if (!days.TryGetValue(holiday.Date, out var listed) || !listed.Day.IsOffDay)
                    Add("days", $"缺少法定节假日 {holiday.Date:yyyy-MM-dd}（{holiday.Description.ZhCn}）：放假安排必须包含法定假日。",
                        $"The statutory holiday {holiday.Date:yyyy-MM-dd} ({holiday.Description.EnUs}) is missing: a notice must give every statutory day off.");
            }

            if (errors.Count > 0)
                return new HolidayNoticeCheck(null, errors);
            var ordered = days.Values.Select(d => d.Day).OrderBy(d => d.Date).ToList();
            return new HolidayNoticeCheck(new HolidayYear(year, sourceName, ordered), errors);
        }
    }

    private static HolidayDay? ReadDay(int year, int index, JsonElement entry, List<CalendarFieldError> errors)
    {
        var at = $"days[{index}]";
        void Add(string field, string zhCn, string enUs) => errors.Add(new CalendarFieldError(field, LocalizedText.Of(zhCn, enUs)));
        if (entry.ValueKind != JsonValueKind.Object)
        {
            Add(at, "应为对象 {name, date, isOffDay}。", "Must be an object {name, date, isOffDay}.");
            return null;
        }

        var valid = true;
        string? name = null;
        if (!entry.TryGetProperty("name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(name = nameElement.GetString()))
        {
            Add($"{at}.name", "节日名称必填。", "The holiday's name is required.");
            valid = false;
        }
        else if (name.Length > MaxNameLength || !IsPrintable(name))
        {
            Add($"{at}.name", $"节日名称应为不超过 {MaxNameLength} 个字符的可打印文字。",
                $"The holiday's name must be printable text of at most {MaxNameLength} characters.");
            valid = false;
        }

        DateOnly date = default;
        if (!entry.TryGetProperty("date", out var dateElement) || dateElement.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            Add($"{at}.date", "日期应为 yyyy-MM-dd 格式的真实日期。", "The date must be a real date in the form yyyy-MM-dd.");
            valid = false;
        }
        else if (date.Year != year)
        {
            Add($"{at}.date", $"{date:yyyy-MM-dd} 不在 {year} 年内。", $"{date:yyyy-MM-dd} is not inside {year}.");
            valid = false;
        }

        bool isOffDay = false;
        if (!entry.TryGetProperty("isOffDay", out var offElement) || offElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Add($"{at}.isOffDay", "isOffDay 应为 true（放假）或 false（调休上班）。", "isOffDay must be true (day off) or false (make-up working day).");
            valid = false;
        }
        else
        {
            isOffDay = offElement.GetBoolean();
        }

        if (valid && !isOffDay && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            Add($"{at}.date", $"调休上班日 {date:yyyy-MM-dd} 应为星期六或星期日（当天是{date.DayOfWeek switch { DayOfWeek.Monday => "星期一", DayOfWeek.Tuesday => "星期二", DayOfWeek.Wednesday => "星期三", DayOfWeek.Thursday => "星期四", _ => "星期五" }}）。",
                $"The make-up working day {date:yyyy-MM-dd} must be a Saturday or Sunday (it is a {date.DayOfWeek}).");
            valid = false;
        }
        return valid ? new HolidayDay(date, name!, isOffDay) : null;
    }

    private static bool IsPrintable(string text) =>
        text.All(c => !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned));
}
