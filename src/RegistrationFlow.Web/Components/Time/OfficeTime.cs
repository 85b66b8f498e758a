using Microsoft.Extensions.Options;
using RegistrationFlow.Infrastructure.Office;

namespace RegistrationFlow.Web.Components.Time;

/// <summary>Instants as the office reads them: its own time zone, whatever the server's or browser's zone is.</summary>
public sealed class OfficeTime(IOptions<OfficeSettings> office, TimeProvider clock)
{
    private readonly TimeZoneInfo _zone = office.Value.ResolveTimeZone();

    public TimeZoneInfo Zone => _zone;

    public DateTimeOffset Now => Local(clock.GetUtcNow());

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    /// <summary>"2026-03-02 17:00" in office time, or "—".</summary>
    public string Format(DateTimeOffset? instant) => instant is { } value ? Local(value).ToString("yyyy-MM-dd HH:mm") : "—";

    public string FormatSeconds(DateTimeOffset? instant) => instant is { } value ? Local(value).ToString("yyyy-MM-dd HH:mm:ss") : "—";

    /// <summary>The office-local wall-clock time as an instant.</summary>
    public DateTimeOffset FromLocal(DateTime local) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));
}
