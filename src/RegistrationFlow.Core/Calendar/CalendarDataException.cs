using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar;

/// <summary>Holiday or office-hours data that cannot be used, naming the file (and year) and what is wrong.</summary>
public sealed class CalendarDataException(string fileName, int? year, LocalizedText problem)
    : FormatException(Describe(fileName, year, problem))
{
    public string FileName { get; } = fileName;
    public int? Year { get; } = year;
    public LocalizedText Problem { get; } = problem;

    private static string Describe(string fileName, int? year, LocalizedText problem)
    {
        var where = year is { } y ? $"{fileName} ({y})" : fileName;
        return $"{where}: {problem.ZhCn} / {problem.EnUs}";
    }
}
