using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Calendar;

/// <summary>
/// The business calendar over the years the holiday data covers. Everything is precomputed on construction into
/// tables indexed by day (working flag, prefix counts, session instants in UTC ticks), so each answer is O(1)
/// (working time back to an instant is a binary search) and allocates nothing. Immutable and thread-safe.
/// </summary>
public sealed class BusinessCalendar : IBusinessCalendar
{
    private readonly int _firstDayNumber;
    private readonly int _dayCount;
    private readonly long? _fixedOffsetTicks;

    // Per day (index = DayNumber - _firstDayNumber).
    private readonly bool[] _isWorking;
    private readonly long[] _openingUtc;
    private readonly long[] _closingUtc;
    // Per day + 1: working days before day i; sessions of day i are [_firstSession[i], _firstSession[i + 1]).
    private readonly int[] _workingDaysBefore;
    // Per day + 1: days of provisional years (no official notice yet) before day i.
    private readonly int[] _provisionalDaysBefore;
    private readonly int[] _firstSession;
    // The k-th working day's day index.
    private readonly int[] _workingDays;
    // Per session of a working day, in time order; _workBefore has one more entry: the total.
    private readonly long[] _sessionStartUtc;
    private readonly long[] _sessionEndUtc;
    private readonly long[] _workBefore;

    public BusinessCalendar(HolidayData holidays, OfficeHours hours, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(timeZone);
        Holidays = holidays;
        Hours = hours;
        TimeZone = timeZone;
        CoveredFrom = holidays.CoveredFrom;
        CoveredTo = holidays.CoveredTo;
        _fixedOffsetTicks = timeZone.GetAdjustmentRules().Length == 0 ? timeZone.BaseUtcOffset.Ticks : null;

        _firstDayNumber = CoveredFrom.DayNumber;
        _dayCount = CoveredTo.DayNumber - _firstDayNumber + 1;
        _isWorking = new bool[_dayCount];
        _openingUtc = new long[_dayCount];
        _closingUtc = new long[_dayCount];
        _workingDaysBefore = new int[_dayCount + 1];
        _provisionalDaysBefore = new int[_dayCount + 1];
        _firstSession = new int[_dayCount + 1];

        var workingDays = new List<int>(_dayCount);
        var starts = new List<long>(_dayCount * 2);
        var ends = new List<long>(_dayCount * 2);
        for (var i = 0; i < _dayCount; i++)
        {
            var date = DateOnly.FromDayNumber(_firstDayNumber + i);
            var sessions = hours.SessionsOn(date);
            _openingUtc[i] = UtcTicksOf(date, sessions[0].Opens);
            _closingUtc[i] = UtcTicksOf(date, sessions[^1].Closes);
            _isWorking[i] = IsWorkingByData(date);
            _workingDaysBefore[i] = workingDays.Count;
            _provisionalDaysBefore[i + 1] = _provisionalDaysBefore[i] + (holidays.IsProvisional(date.Year) ? 1 : 0);
            _firstSession[i] = starts.Count;
            if (!_isWorking[i])
                continue;
            workingDays.Add(i);
            foreach (var session in sessions)
            {
                starts.Add(UtcTicksOf(date, session.Opens));
                ends.Add(UtcTicksOf(date, session.Closes));
            }
        }
        _workingDaysBefore[_dayCount] = workingDays.Count;
        _firstSession[_dayCount] = starts.Count;
        _workingDays = workingDays.ToArray();
        _sessionStartUtc = starts.ToArray();
        _sessionEndUtc = ends.ToArray();
        _workBefore = new long[_sessionStartUtc.Length + 1];
        for (var s = 0; s < _sessionStartUtc.Length; s++)
            _workBefore[s + 1] = _workBefore[s] + (_sessionEndUtc[s] - _sessionStartUtc[s]);
    }

    public HolidayData Holidays { get; }
    public OfficeHours Hours { get; }
    public TimeZoneInfo TimeZone { get; }
    public DateOnly CoveredFrom { get; }
    public DateOnly CoveredTo { get; }

    public bool IsWorkingDay(DateOnly date) => _isWorking[IndexOf(date)];

    /// <summary>The timetable's opening on that date, whether or not the hall is open that day (see <see cref="IsWorkingDay"/>).</summary>
    public DateTimeOffset OpeningOf(DateOnly date) => Instant(_openingUtc[IndexOf(date)]);

    /// <summary>The timetable's closing on that date, whether or not the hall is open that day (see <see cref="IsWorkingDay"/>).</summary>
    public DateTimeOffset ClosingOf(DateOnly date) => Instant(_closingUtc[IndexOf(date)]);

    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary>True when the date's year has no official notice yet and its days were computed from the law.</summary>
    public bool IsProvisional(DateOnly date)
    {
        var index = IndexOf(date);
        return _provisionalDaysBefore[index + 1] != _provisionalDaysBefore[index];
    }

    /// <summary>
    /// True when an answer counted over the office-local dates from <paramref name="from"/> to <paramref name="to"/>
    /// (both included, either order) rests on a provisional day; dates outside the data are left out.
    /// </summary>
    public bool DependsOnProvisionalDays(DateTimeOffset from, DateTimeOffset to)
    {
        var first = Math.Clamp(LocalDayNumber(Math.Min(from.UtcTicks, to.UtcTicks)) - _firstDayNumber, 0, _dayCount);
        var last = Math.Clamp(LocalDayNumber(Math.Max(from.UtcTicks, to.UtcTicks)) - _firstDayNumber + 1, 0, _dayCount);
        return _provisionalDaysBefore[last] != _provisionalDaysBefore[first];
    }

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="date"/>, which itself is not counted;
    /// a negative count goes back to the working days before it; zero returns the date unchanged.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int days) => DateOf(AddWorkingDaysIndex(IndexOf(date), days));

    public DateTimeOffset DueFor(DateTimeOffset acceptedAt, ServiceLevelSpec serviceLevel)
    {
        ArgumentNullException.ThrowIfNull(serviceLevel);
        var (day, effectiveUtc) = EffectiveAcceptance(acceptedAt.UtcTicks);
        switch (serviceLevel.Complete.Kind)
        {
            case CompletionKind.SameDay:
                var localTimeOfDay = LocalTicks(effectiveUtc) % TimeSpan.TicksPerDay;
                var dueDay = localTimeOfDay <= serviceLevel.CutOff.Ticks ? day : AddWorkingDaysIndex(day, 1);
                return Instant(_closingUtc[dueDay]);
            case CompletionKind.WorkingDays:
                if (serviceLevel.Complete.WorkingDays < 0)
                    throw new ArgumentOutOfRangeException(nameof(serviceLevel), serviceLevel.Complete.WorkingDays,
                        "A service level cannot have a negative number of working days.");
                return Instant(_closingUtc[AddWorkingDaysIndex(day, serviceLevel.Complete.WorkingDays)]);
            default:
                throw new ArgumentOutOfRangeException(nameof(serviceLevel), serviceLevel.Complete.Kind, "Unknown completion rule.");
        }
    }

    public DateTimeOffset? CertificateReadyAfter(DateTimeOffset registeredAt, ServiceLevelSpec serviceLevel)
    {
        ArgumentNullException.ThrowIfNull(serviceLevel);
        return serviceLevel.CertificateReady switch
        {
            CertificateReadyRule.NextWorkingDayOpen =>
                Instant(_openingUtc[AddWorkingDaysIndex(IndexOfInstant(registeredAt.UtcTicks), 1)]),
            CertificateReadyRule.Immediately => registeredAt,
            CertificateReadyRule.None => null,
            _ => throw new ArgumentOutOfRangeException(nameof(serviceLevel), serviceLevel.CertificateReady, "Unknown certificate rule."),
        };
    }

    public DateTimeOffset WarningFor(DateTimeOffset due, ServiceLevelSpec serviceLevel)
    {
        ArgumentNullException.ThrowIfNull(serviceLevel);
        return AddWorkingTime(due, -serviceLevel.WarnBefore.Duration());
    }

    /// <summary>Hall-hour time from <paramref name="from"/> to <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) =>
        new(WorkedBy(to.UtcTicks) - WorkedBy(from.UtcTicks));

    /// <summary>
    /// Moves <paramref name="workingTime"/> of hall-hour time from <paramref name="from"/>, backwards when negative.
    /// Landing on a break, forwards gives the end of the earlier session (12:00) and backwards the start of the later
    /// one (13:30), so the result is always the nearest instant to <paramref name="from"/>.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan workingTime)
    {
        if (workingTime == TimeSpan.Zero)
        {
            IndexOfInstant(from.UtcTicks);
            return from;
        }

        var total = _workBefore[^1];
        var worked = WorkedBy(from.UtcTicks);
        // Compared before adding so that a huge span cannot overflow.
        if (workingTime.Ticks > total - worked)
            throw NotCovered(CoveredTo.AddDays(1));
        if (workingTime.Ticks < -worked)
            throw NotCovered(CoveredFrom.AddDays(-1));
        var target = worked + workingTime.Ticks;

        int session;
        if (workingTime > TimeSpan.Zero)
        {
            // Earliest instant that has worked `target`: the last session that starts strictly before it.
            session = LastIndexAtMost(_workBefore, target - 1);
        }
        else
        {
            // Latest instant that has worked `target`: the last session that starts at or before it.
            session = LastIndexAtMost(_workBefore, target);
        }
        return Instant(_sessionStartUtc[session] + (target - _workBefore[session]));
    }

    /// <summary>Everything the calendar knows about one date, for listings and the calendar page.</summary>
    public CalendarDay Describe(DateOnly date)
    {
        var index = IndexOf(date);
        var isWeekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var hasEntry = Holidays.TryGetDay(date, out var entry);
        var kind = hasEntry && entry.IsOffDay ? CalendarDayKind.Holiday
            : hasEntry && isWeekend ? CalendarDayKind.MakeUpWorkingDay
            : isWeekend ? CalendarDayKind.Weekend
            : CalendarDayKind.Weekday;
        var working = _isWorking[index];
        return new CalendarDay(date, kind, working, hasEntry ? entry.Name : null,
            working ? Instant(_openingUtc[index]) : null,
            working ? Instant(_closingUtc[index]) : null,
            working ? Hours.SessionsOn(date) : [],
            IsProvisional(date),
            hasEntry ? entry.Note : null);
    }

    private bool IsWorkingByData(DateOnly date)
    {
        if (Holidays.TryGetDay(date, out var entry))
            return !entry.IsOffDay;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The day an acceptance counts on and the instant it counts from: within a working day's hours (lunch
    /// included) as is; before opening from that day's opening; after closing or on a closed day from the next opening.
    /// </summary>
    private (int Day, long Utc) EffectiveAcceptance(long utcTicks)
    {
        var day = IndexOfInstant(utcTicks);
        if (_isWorking[day])
        {
            if (utcTicks < _openingUtc[day])
                return (day, _openingUtc[day]);
            if (utcTicks <= _closingUtc[day])
                return (day, utcTicks);
        }
        var next = AddWorkingDaysIndex(day, 1);
        return (next, _openingUtc[next]);
    }

    /// <summary>Hall-hour ticks from the start of the data to the instant.</summary>
    private long WorkedBy(long utcTicks)
    {
        var day = IndexOfInstant(utcTicks);
        var end = _firstSession[day + 1];
        for (var s = _firstSession[day]; s < end; s++)
        {
            if (utcTicks < _sessionStartUtc[s])
                return _workBefore[s];
            if (utcTicks < _sessionEndUtc[s])
                return _workBefore[s] + (utcTicks - _sessionStartUtc[s]);
        }
        return _workBefore[end];
    }

    private int AddWorkingDaysIndex(int day, int days)
    {
        if (days == 0)
            return day;
        // Working days up to and including `day` for a forward count, strictly before it for a backward one.
        var ordinal = days > 0
            ? _workingDaysBefore[day + 1] + days - 1
            : _workingDaysBefore[day] + days;
        if (ordinal >= _workingDays.Length)
            throw NotCovered(CoveredTo.AddDays(1));
        if (ordinal < 0)
            throw NotCovered(CoveredFrom.AddDays(-1));
        return _workingDays[ordinal];
    }

    /// <summary>The largest index i with values[i] &lt;= key, for ascending values with values[0] &lt;= key.</summary>
    private static int LastIndexAtMost(long[] values, long key)
    {
        int low = 0, high = values.Length - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) >> 1);
            if (values[middle] <= key)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    }

    private int IndexOf(DateOnly date)
    {
        var index = date.DayNumber - _firstDayNumber;
        if ((uint)index >= (uint)_dayCount)
            throw NotCovered(date);
        return index;
    }

    private int LocalDayNumber(long utcTicks) => (int)(LocalTicks(utcTicks) / TimeSpan.TicksPerDay);

    private int IndexOfInstant(long utcTicks)
    {
        var dayNumber = LocalDayNumber(utcTicks);
        var index = dayNumber - _firstDayNumber;
        if ((uint)index >= (uint)_dayCount)
            throw NotCovered(DateOnly.FromDayNumber(dayNumber));
        return index;
    }

    private DateOnly DateOf(int index) => DateOnly.FromDayNumber(_firstDayNumber + index);

    private long LocalTicks(long utcTicks) => _fixedOffsetTicks is { } offset
        ? utcTicks + offset
        : TimeZoneInfo.ConvertTimeFromUtc(new DateTime(utcTicks, DateTimeKind.Utc), TimeZone).Ticks;

    private long UtcTicksOf(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return local.Ticks - (_fixedOffsetTicks ?? TimeZone.GetUtcOffset(local).Ticks);
    }

    private DateTimeOffset Instant(long utcTicks)
    {
        var offset = _fixedOffsetTicks ?? TimeZone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;
        return new DateTimeOffset(utcTicks + offset, new TimeSpan(offset));
    }

    private CalendarNotCoveredException NotCovered(DateOnly date) => new(date, CoveredFrom, CoveredTo);
}
