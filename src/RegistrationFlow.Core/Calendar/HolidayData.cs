using RegistrationFlow.Core.Calendar.Provisional;
using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar;

/// <summary>
/// Holiday arrangements of consecutive years merged into one data set. Coverage runs from 1 January of the first
/// year to 31 December of the last; outside it the calendar refuses to answer.
/// </summary>
public sealed class HolidayData
{
    private readonly Dictionary<DateOnly, HolidayDay> _days;
    private readonly HashSet<int> _provisionalYears;

    private HolidayData(IReadOnlyList<HolidayYear> years, Dictionary<DateOnly, HolidayDay> days)
    {
        Years = years;
        _days = days;
        _provisionalYears = years.Where(y => y.Provisional).Select(y => y.Year).ToHashSet();
        CoveredFrom = new DateOnly(years[0].Year, 1, 1);
        CoveredTo = new DateOnly(years[^1].Year, 12, 31);
    }

    /// <summary>The merged years, in order.</summary>
    public IReadOnlyList<HolidayYear> Years { get; }
    public DateOnly CoveredFrom { get; }
    public DateOnly CoveredTo { get; }

    public bool Covers(DateOnly date) => date >= CoveredFrom && date <= CoveredTo;

    /// <summary>True when the year's days were computed from the law because its official notice is not known.</summary>
    public bool IsProvisional(int year) => _provisionalYears.Contains(year);

    /// <summary>The holiday-notice entry for a date (an off day or a make-up working day), if there is one.</summary>
    public bool TryGetDay(DateOnly date, out HolidayDay day) => _days.TryGetValue(date, out day);

    /// <summary>Merges years; they must be consecutive, each present once, and agree on any date they share.</summary>
    public static HolidayData FromYears(IEnumerable<HolidayYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var ordered = years.OrderBy(y => y.Year).ToList();
        if (ordered.Count == 0)
            throw new CalendarDataException("(none)", null, LocalizedText.Of(
                "没有节假日数据文件。", "no holiday data file was given."));

        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            var current = ordered[i];
            if (current.Year == previous.Year)
                throw new CalendarDataException(current.FileName, current.Year, LocalizedText.Of(
                    $"{current.Year} 年的数据重复（另见 {previous.FileName}）。",
                    $"{current.Year} is given twice (also in {previous.FileName})."));
            // A missing year in the middle would silently read as a year without holidays.
            if (current.Year != previous.Year + 1)
                throw new CalendarDataException(current.FileName, current.Year, LocalizedText.Of(
                    $"缺少 {previous.Year + 1} 年的节假日数据（{previous.Year} 年之后）。",
                    $"the holiday data for {previous.Year + 1} is missing (after {previous.Year})."));
        }

        var days = new Dictionary<DateOnly, HolidayDay>();
        var coveredFrom = new DateOnly(ordered[0].Year, 1, 1);
        var coveredTo = new DateOnly(ordered[^1].Year, 12, 31);
        foreach (var year in ordered)
        {
            foreach (var day in year.Days)
            {
                // A neighbouring year's day outside the merged range changes no answer: those dates are refused anyway.
                if (day.Date < coveredFrom || day.Date > coveredTo)
                    continue;
                if (days.TryGetValue(day.Date, out var existing) && existing.IsOffDay != day.IsOffDay)
                    throw new CalendarDataException(year.FileName, year.Year, LocalizedText.Of(
                        $"{day.Date:yyyy-MM-dd} 与另一年份的文件矛盾（一处为休息日，一处为调休工作日）。",
                        $"{day.Date:yyyy-MM-dd} contradicts another year's file (off day in one, make-up working day in the other)."));
                days[day.Date] = day;
            }
        }

        return new HolidayData(ordered, days);
    }

    /// <summary>
    /// The official years with every year up to <paramref name="throughYear"/> that has no notice filled in
    /// provisionally from the law (<see cref="ProvisionalYear"/>), so the calendar never runs out at a year's turn.
    /// A year before <see cref="StatutoryHolidays.FirstYear"/> cannot be computed and must be official.
    /// </summary>
    public static HolidayData WithProvisionalYears(IEnumerable<HolidayYear> official, int throughYear = StatutoryHolidays.LastYear)
    {
        ArgumentNullException.ThrowIfNull(official);
        var years = official.ToDictionary(y => y.Year);
        var first = years.Count == 0 ? StatutoryHolidays.FirstYear : years.Keys.Min();
        var last = Math.Max(throughYear, years.Count == 0 ? throughYear : years.Keys.Max());
        for (var year = first; year <= last; year++)
        {
            if (!years.ContainsKey(year) && StatutoryHolidays.Serves(year))
                years[year] = ProvisionalYear.Compute(year);
        }
        return FromYears(years.Values);
    }

    /// <summary>Parses and merges holiday-cn files given as (file name, text) pairs; the host reads the files.</summary>
    public static HolidayData FromFiles(IEnumerable<(string FileName, string Text)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return FromYears(files.Select(f => HolidayFileParser.Parse(f.FileName, f.Text)).ToList());
    }
}
