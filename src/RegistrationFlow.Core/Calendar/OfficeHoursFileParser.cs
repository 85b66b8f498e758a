using System.Globalization;
using System.Text.Json;
using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar;

/// <summary>
/// Reads office hours from JSON text:
/// <c>{ "seasons": [ { "name": "winter", "from": "10-01", "sessions": ["08:30-12:00", "13:30-17:00"] } ] }</c>.
/// </summary>
public static class OfficeHoursFileParser
{
    public static OfficeHours Parse(string fileName, string json)
    {
        var document = CalendarJson.Open(fileName, json);

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("seasons", out var seasonsElement)
                || seasonsElement.ValueKind != JsonValueKind.Array)
                throw Problem(fileName, "缺少 \"seasons\" 数组。", "\"seasons\" is missing or is not an array.");

            var seasons = new List<OfficeSeason>();
            var index = 0;
            foreach (var element in seasonsElement.EnumerateArray())
                seasons.Add(ReadSeason(fileName, index++, element));

            var ordered = seasons.OrderBy(s => s.StartsOn).ToList();
            if (OfficeHours.FindProblem(ordered) is { } problem)
                throw new CalendarDataException(fileName, null, problem);
            return new OfficeHours(ordered);
        }
    }

    private static OfficeSeason ReadSeason(string fileName, int index, JsonElement element)
    {
        var at = $"seasons[{index}]";
        if (element.ValueKind != JsonValueKind.Object)
            throw Problem(fileName, $"{at} 应为对象。", $"{at} must be an object.");

        var name = element.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String
            ? nameElement.GetString()!
            : throw Problem(fileName, $"{at}.name 缺失或不是字符串。", $"{at}.name is missing or is not a string.");

        var fromText = element.TryGetProperty("from", out var fromElement) && fromElement.ValueKind == JsonValueKind.String
            ? fromElement.GetString()
            : null;
        if (!MonthDay.TryParse(fromText, out var startsOn))
            throw Problem(fileName, $"{at}.from 应为每年都有的 \"MM-dd\"（如 \"10-01\"）。",
                $"{at}.from must be a day of every year as \"MM-dd\" (e.g. \"10-01\").");

        if (!element.TryGetProperty("sessions", out var sessionsElement) || sessionsElement.ValueKind != JsonValueKind.Array)
            throw Problem(fileName, $"{at}.sessions 缺少或不是数组。", $"{at}.sessions is missing or is not an array.");

        var sessions = new List<OfficeSession>();
        var s = 0;
        foreach (var sessionElement in sessionsElement.EnumerateArray())
        {
            if (!TryParseSession(sessionElement.ValueKind == JsonValueKind.String ? sessionElement.GetString() : null, out var session))
                throw Problem(fileName, $"{at}.sessions[{s}] 应为 \"HH:mm-HH:mm\"（如 \"08:30-12:00\"）。",
                    $"{at}.sessions[{s}] must be \"HH:mm-HH:mm\" (e.g. \"08:30-12:00\").");
            sessions.Add(session);
            s++;
        }
        return new OfficeSeason(name, startsOn, sessions);
    }

    private static bool TryParseSession(string? text, out OfficeSession session)
    {
        session = null!;
        var parts = text?.Split('-');
        if (parts is not { Length: 2 }
            || !TimeOnly.TryParseExact(parts[0].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens)
            || !TimeOnly.TryParseExact(parts[1].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes))
            return false;
        session = new OfficeSession(opens, closes);
        return true;
    }

    private static CalendarDataException Problem(string fileName, string zhCn, string enUs) =>
        new(fileName, null, LocalizedText.Of(zhCn, enUs));
}
