using System.Globalization;
using System.Text.Json;
using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar;

/// <summary>
/// Reads one holiday-cn file (NateScarlet/holiday-cn): <c>{ "year": 2026, "days": [ { "name", "date", "isOffDay" } ] }</c>.
/// Text in, model out; the caller does the file IO.
/// </summary>
public static class HolidayFileParser
{
    public static HolidayYear Parse(string fileName, string json)
    {
        var document = CalendarJson.Open(fileName, json);

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw Problem(fileName, null, "顶层应为对象。", "the top level must be an object.");

            if (!root.TryGetProperty("year", out var yearElement) || yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out var year) || year is < 1 or > 9998)
                throw Problem(fileName, null, "缺少有效的 \"year\"（整数年份）。", "\"year\" is missing or is not a whole year.");

            if (!root.TryGetProperty("days", out var daysElement) || daysElement.ValueKind != JsonValueKind.Array)
                throw Problem(fileName, year, "缺少 \"days\" 数组。", "\"days\" is missing or is not an array.");

            // An empty list would make the whole year look like an ordinary one: refuse rather than guess.
            if (daysElement.GetArrayLength() == 0)
                throw Problem(fileName, year, "\"days\" 为空：该年的放假安排可能尚未发布。",
                    "\"days\" is empty: the year's holiday notice may not be published yet.");

            var days = new List<HolidayDay>(daysElement.GetArrayLength());
            var seen = new HashSet<DateOnly>();
            var index = 0;
            foreach (var entry in daysElement.EnumerateArray())
            {
                var day = ReadDay(fileName, year, index, entry);
                if (!seen.Add(day.Date))
                    throw Problem(fileName, year, $"days[{index}]：日期 {day.Date:yyyy-MM-dd} 重复。",
                        $"days[{index}]: the date {day.Date:yyyy-MM-dd} is listed twice.");
                days.Add(day);
                index++;
            }

            days.Sort((a, b) => a.Date.CompareTo(b.Date));
            return new HolidayYear(year, fileName, days);
        }
    }

    private static HolidayDay ReadDay(string fileName, int year, int index, JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object)
            throw Problem(fileName, year, $"days[{index}] 应为对象。", $"days[{index}] must be an object.");

        var name = entry.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String
            ? nameElement.GetString()!
            : throw Problem(fileName, year, $"days[{index}].name 缺失或不是字符串。", $"days[{index}].name is missing or is not a string.");

        if (!entry.TryGetProperty("date", out var dateElement) || dateElement.ValueKind != JsonValueKind.String)
            throw Problem(fileName, year, $"days[{index}].date 缺失或不是字符串。", $"days[{index}].date is missing or is not a string.");
        var text = dateElement.GetString()!;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw Problem(fileName, year, $"days[{index}].date \"{text}\" 不是 yyyy-MM-dd 格式的真实日期。",
                $"days[{index}].date \"{text}\" is not a real date in the form yyyy-MM-dd.");

        // A notice may touch the neighbouring year (a make-up day just across New Year); anything further is a mistake.
        if (Math.Abs(date.Year - year) > 1)
            throw Problem(fileName, year, $"days[{index}].date {text} 不属于 {year} 年。",
                $"days[{index}].date {text} does not belong to {year}.");

        var isOffDay = entry.TryGetProperty("isOffDay", out var offElement) && offElement.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? offElement.GetBoolean()
            : throw Problem(fileName, year, $"days[{index}].isOffDay 缺失或不是 true/false。", $"days[{index}].isOffDay is missing or is not true/false.");

        return new HolidayDay(date, name, isOffDay);
    }

    private static CalendarDataException Problem(string fileName, int? year, string zhCn, string enUs) =>
        new(fileName, year, LocalizedText.Of(zhCn, enUs));
}
