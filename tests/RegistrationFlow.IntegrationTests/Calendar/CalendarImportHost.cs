using RegistrationFlow.Infrastructure.Hosting;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Calendar;

/// <summary>
/// A host whose clock starts on Thursday 4 February 2027, 09:00: a year without an official notice, the day before 除夕.
/// Its node refresher polls only hourly, so a test decides when this node looks for another node's import.
/// </summary>
public sealed class CalendarImportHost() : ServiceHost(NewFolder(), new DateTimeOffset(2027, 2, 4, 9, 0, 0, TimeSpan.FromHours(8)))
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new(NodeRefresher.IntervalKey, "3600")];
}

/// <summary>Notices for 2027 as a manager would enter them.</summary>
internal static class Notices2027
{
    /// <summary>春节 off Friday 5 to Friday 12 February, make-up Saturday 20 February; the other holidays as the law gives them.</summary>
    public static string SpringFestivalWeek(params (string Date, bool IsOffDay)[] extra)
    {
        var days = new List<object>
        {
            Day("元旦", "2027-01-01", true),
            Day("清明节", "2027-04-05", true), Day("劳动节", "2027-05-01", true), Day("劳动节", "2027-05-02", true),
            Day("端午节", "2027-06-09", true), Day("中秋节", "2027-09-15", true),
            Day("国庆节", "2027-10-01", true), Day("国庆节", "2027-10-02", true), Day("国庆节", "2027-10-03", true),
            Day("春节", "2027-02-20", false),
        };
        for (var day = 5; day <= 12; day++) days.Add(Day("春节", $"2027-02-{day:00}", true));
        days.AddRange(extra.Select(e => Day("调整", e.Date, e.IsOffDay)));
        return System.Text.Json.JsonSerializer.Serialize(new { year = 2027, days });
    }

    private static object Day(string name, string date, bool isOffDay) => new { name, date, isOffDay };
}
