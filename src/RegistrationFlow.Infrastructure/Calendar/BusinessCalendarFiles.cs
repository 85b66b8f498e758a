using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Calendar;

/// <summary>
/// Reads the shipped calendar data from the workflows folder: holiday data from <c>calendar/????.json</c>
/// (holiday-cn format) and hall hours from <c>office/hours.json</c>.
/// </summary>
public static class BusinessCalendarFiles
{
    /// <summary>The shipped official years with every later year provisional (see <see cref="CalendarSources"/>).</summary>
    public static BusinessCalendar Load(WorkflowsFolder folder, TimeZoneInfo timeZone) =>
        new(HolidayData.WithProvisionalYears(ReadHolidayYears(folder)), ReadOfficeHours(folder), timeZone);

    public static IReadOnlyList<HolidayYear> ReadHolidayYears(WorkflowsFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder.CalendarFolder))
            throw new InvalidOperationException(
                $"节假日数据目录不存在：{folder.CalendarFolder}。 The holiday data folder {folder.CalendarFolder} does not exist " +
                $"(set {WorkflowsFolder.ConfigurationKey} to the workflows folder).");
        return Directory.EnumerateFiles(folder.CalendarFolder, "????.json")
            .Where(path => int.TryParse(Path.GetFileNameWithoutExtension(path), out _))
            .Order(StringComparer.Ordinal)
            .Select(path => HolidayFileParser.Parse(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
    }

    public static OfficeHours ReadOfficeHours(WorkflowsFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!File.Exists(folder.OfficeHoursFile))
            throw new InvalidOperationException(
                $"办公时间文件不存在：{folder.OfficeHoursFile}。 The office hours file {folder.OfficeHoursFile} does not exist.");
        return OfficeHoursFileParser.Parse(Path.GetFileName(folder.OfficeHoursFile), File.ReadAllText(folder.OfficeHoursFile));
    }
}
