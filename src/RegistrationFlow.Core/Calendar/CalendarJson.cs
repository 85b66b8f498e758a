using System.Text.Json;
using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar;

/// <summary>Opens a calendar data file's JSON text, turning a syntax error into a <see cref="CalendarDataException"/> with its position.</summary>
internal static class CalendarJson
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static JsonDocument Open(string fileName, string json)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw new CalendarDataException(fileName, null, LocalizedText.Of(
                $"不是有效的 JSON（第 {line} 行第 {column} 列）。",
                $"is not valid JSON (line {line}, column {column})."));
        }
    }
}
