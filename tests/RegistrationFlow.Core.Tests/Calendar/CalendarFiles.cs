using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Tests.Calendar;

/// <summary>The calendar built from the data the product ships in workflows/, read once per test run.</summary>
internal static class CalendarFiles
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<HolidayData> LazyHolidays = new(() => HolidayData.FromFiles(HolidayFiles()));
    private static readonly Lazy<BusinessCalendar> LazyLinhai =
        new(() => new BusinessCalendar(Holidays, OfficeHours.LinhaiDefault, OfficeTimeZone.FixedShanghai));

    public static string RepositoryRoot => Root.Value;
    public static HolidayData Holidays => LazyHolidays.Value;
    /// <summary>Shipped holiday data, Linhai default hours, fixed UTC+8.</summary>
    public static BusinessCalendar Linhai => LazyLinhai.Value;

    public static IReadOnlyList<(string FileName, string Text)> HolidayFiles() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, "workflows", "calendar"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

    public static string ReadText(params string[] relativePath) =>
        File.ReadAllText(Path.Combine([RepositoryRoot, .. relativePath]));

    /// <summary>The product's default: same-day with a 16:00 cut-off, certificate at the next working day's opening.</summary>
    public static ServiceLevelSpec SameDay(int cutOffHour = 16, int cutOffMinute = 0) => new()
    {
        Complete = CompletionRule.SameDay,
        CutOff = new TimeOnly(cutOffHour, cutOffMinute),
        CertificateReady = CertificateReadyRule.NextWorkingDayOpen,
        WarnBefore = TimeSpan.FromMinutes(60),
    };

    public static ServiceLevelSpec WorkingDays(int days) => SameDay() with { Complete = CompletionRule.InWorkingDays(days) };

    /// <summary>An instant given in Linhai local time (UTC+8).</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(8));

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    public static DateOnly Date(int year, int month, int day) => new(year, month, day);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RegistrationFlow.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No RegistrationFlow.sln above {AppContext.BaseDirectory}.");
    }
}
