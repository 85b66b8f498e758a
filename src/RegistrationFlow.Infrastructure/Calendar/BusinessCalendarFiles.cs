using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Calendar;

/// <summary>
/// Builds the office's business calendar from the workflows folder: holiday data from <c>calendar/????.json</c>
/// (holiday-cn format) and hall hours from <c>office/hours.json</c> — the one source of hall hours.
/// </summary>
public static class BusinessCalendarFiles
{
    public static BusinessCalendar Load(WorkflowsFolder folder, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder.CalendarFolder))
            throw new InvalidOperationException(
                $"节假日数据目录不存在：{folder.CalendarFolder}。 The holiday data folder {folder.CalendarFolder} does not exist " +
                $"(set {WorkflowsFolder.ConfigurationKey} to the workflows folder).");
        if (!File.Exists(folder.OfficeHoursFile))
            throw new InvalidOperationException(
                $"办公时间文件不存在：{folder.OfficeHoursFile}。 The office hours file {folder.OfficeHoursFile} does not exist.");

        var holidayFiles = Directory.EnumerateFiles(folder.CalendarFolder, "????.json")
            .Where(path => int.TryParse(Path.GetFileNameWithoutExtension(path), out _))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        var holidays = HolidayData.FromFiles(holidayFiles);
        var hours = OfficeHoursFileParser.Parse(Path.GetFileName(folder.OfficeHoursFile), File.ReadAllText(folder.OfficeHoursFile));
        return new BusinessCalendar(holidays, hours, timeZone);
    }
}
