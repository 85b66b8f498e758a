using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar;

/// <summary>
/// Hall hours of the office: seasons of timetables, each a list of sessions with breaks between them.
/// Immutable; validated on construction.
/// </summary>
public sealed class OfficeHours
{
    /// <summary>Typical Zhejiang hall hours, the Linhai defaults: winter (10-01) 08:30–12:00 and 13:30–17:00; summer (05-01) 08:30–12:00 and 14:00–17:30.</summary>
    public static OfficeHours LinhaiDefault { get; } = new(
    [
        new OfficeSeason("summer", new MonthDay(5, 1),
            [new OfficeSession(new TimeOnly(8, 30), new TimeOnly(12, 0)), new OfficeSession(new TimeOnly(14, 0), new TimeOnly(17, 30))]),
        new OfficeSeason("winter", new MonthDay(10, 1),
            [new OfficeSession(new TimeOnly(8, 30), new TimeOnly(12, 0)), new OfficeSession(new TimeOnly(13, 30), new TimeOnly(17, 0))]),
    ]);

    private readonly OfficeSeason[] _seasons;

    public OfficeHours(IEnumerable<OfficeSeason> seasons)
    {
        ArgumentNullException.ThrowIfNull(seasons);
        var ordered = seasons.OrderBy(s => s.StartsOn).ToArray();
        if (FindProblem(ordered) is { } problem)
            throw new ArgumentException(problem.ToString(), nameof(seasons));
        _seasons = ordered.Select(s => s with { Sessions = s.Sessions.ToArray() }).ToArray();
    }

    /// <summary>The seasons in calendar order of their start.</summary>
    public IReadOnlyList<OfficeSeason> Seasons => _seasons;

    /// <summary>The earliest closing time of any season: a same-day cut-off later than this cannot always be met.</summary>
    public TimeOnly EarliestClosing => _seasons.Min(s => s.Closing);
    public TimeOnly LatestOpening => _seasons.Max(s => s.Opening);

    public OfficeSeason SeasonOn(DateOnly date)
    {
        var day = MonthDay.Of(date);
        // Before the first start of the year, the last season (which wraps over New Year) still applies.
        var season = _seasons[^1];
        foreach (var candidate in _seasons)
        {
            if (candidate.StartsOn.CompareTo(day) > 0)
                break;
            season = candidate;
        }
        return season;
    }

    public IReadOnlyList<OfficeSession> SessionsOn(DateOnly date) => SeasonOn(date).Sessions;

    /// <summary>The first thing wrong with a list of seasons (ordered by start), or null when they can be used.</summary>
    internal static LocalizedText? FindProblem(IReadOnlyList<OfficeSeason> ordered)
    {
        if (ordered.Count == 0)
            return LocalizedText.Of("至少需要一个作息季节。", "at least one season of office hours is needed.");

        for (var i = 0; i < ordered.Count; i++)
        {
            var season = ordered[i];
            var name = string.IsNullOrWhiteSpace(season.Name) ? $"#{i + 1}" : season.Name;
            if (string.IsNullOrWhiteSpace(season.Name))
                return LocalizedText.Of($"第 {i + 1} 个季节缺少名称。", $"season #{i + 1} has no name.");
            if (!season.StartsOn.IsValid)
                return LocalizedText.Of($"季节 {name} 的开始日期 {season.StartsOn} 无效（应为每年都有的 MM-dd）。",
                    $"season {name} starts on {season.StartsOn}, which is not a day of every year (MM-dd).");
            if (i > 0 && ordered[i - 1].StartsOn == season.StartsOn)
                return LocalizedText.Of($"季节 {ordered[i - 1].Name} 与 {name} 的开始日期相同（{season.StartsOn}）。",
                    $"seasons {ordered[i - 1].Name} and {name} start on the same day ({season.StartsOn}).");
            if (season.Sessions is null || season.Sessions.Count == 0)
                return LocalizedText.Of($"季节 {name} 没有办公时段。", $"season {name} has no sessions.");

            for (var s = 0; s < season.Sessions.Count; s++)
            {
                var session = season.Sessions[s];
                if (session.Closes <= session.Opens)
                    return LocalizedText.Of($"季节 {name} 的时段 {session} 结束时间不晚于开始时间。",
                        $"season {name}: session {session} does not end after it starts.");
                if (s > 0 && session.Opens < season.Sessions[s - 1].Closes)
                    return LocalizedText.Of($"季节 {name} 的时段 {session} 与前一时段 {season.Sessions[s - 1]} 重叠或顺序颠倒。",
                        $"season {name}: session {session} overlaps or comes before {season.Sessions[s - 1]}.");
            }
        }
        return null;
    }
}
