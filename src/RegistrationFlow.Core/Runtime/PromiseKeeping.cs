using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Runtime;

/// <summary>Which promised instant of an application moved.</summary>
public enum PromiseKind
{
    /// <summary>The service-level due instant (办结时限).</summary>
    Due,
    /// <summary>When the certificate is ready (领证).</summary>
    CertificateReady,
    /// <summary>By when the applicant must supply the requested materials (补正期限).</summary>
    SupplementExpiry,
}

public sealed record PromiseMove(PromiseKind Kind, DateTimeOffset From, DateTimeOffset To);

/// <summary>An application's clock after a calendar change, with each promise that moved.</summary>
public sealed record PromiseAdjustment(InstanceClock Clock, IReadOnlyList<PromiseMove> Moves);

/// <summary>
/// Keeps the promises already given when the calendar changes (an official notice replaces a provisional year, or a
/// corrected notice is imported). A promise stands unless its day is now a day off; then it moves to the next working
/// day — to its closing for a due instant or a supplement deadline, to its opening for a certificate. So a promise never
/// moves earlier, and applying the rule twice changes nothing the second time. Instants already past are history.
/// </summary>
public static class PromiseKeeping
{
    public static PromiseAdjustment? Adjust(InstanceClock clock, IBusinessCalendar calendar, ServiceLevelSpec level, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(level);
        var moves = new List<PromiseMove>();
        var adjusted = clock;

        if (clock is { IsRunning: true, Overdue: false, DueAt: { } due } && due > now && MovedToClosing(calendar, due) is { } newDue)
        {
            moves.Add(new PromiseMove(PromiseKind.Due, due, newDue));
            var warning = clock.WarningSent || clock.WarningAt is not { } oldWarning
                ? clock.WarningAt
                : Later(oldWarning, calendar.WarningFor(newDue, level));
            adjusted = adjusted with { DueAt = newDue, WarningAt = warning };
        }
        if (clock is { IsPaused: true, SupplementExpiresAt: { } expires } && expires > now && MovedToClosing(calendar, expires) is { } newExpiry)
        {
            moves.Add(new PromiseMove(PromiseKind.SupplementExpiry, expires, newExpiry));
            adjusted = adjusted with { SupplementExpiresAt = newExpiry };
        }
        if (clock is { RegisteredAt: not null, CertificateReadyAt: { } ready } && ready > now
            && !calendar.IsWorkingDay(LocalDate(calendar, ready)))
        {
            var newReady = calendar.OpeningOf(calendar.NextWorkingDay(LocalDate(calendar, ready)));
            moves.Add(new PromiseMove(PromiseKind.CertificateReady, ready, newReady));
            adjusted = adjusted with { CertificateReadyAt = newReady };
        }
        return moves.Count == 0 ? null : new PromiseAdjustment(adjusted, moves);
    }

    private static DateTimeOffset? MovedToClosing(IBusinessCalendar calendar, DateTimeOffset instant)
    {
        var date = LocalDate(calendar, instant);
        return calendar.IsWorkingDay(date) ? null : calendar.ClosingOf(calendar.NextWorkingDay(date));
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;

    private static DateOnly LocalDate(IBusinessCalendar calendar, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, calendar.TimeZone).DateTime);
}
