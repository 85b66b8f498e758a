namespace RegistrationFlow.Infrastructure.Office;

/// <summary>The registration centre's own settings (section "Office"); defaults are those of Linhai, Zhejiang.</summary>
public sealed class OfficeSettings
{
    public const string Section = "Office";

    /// <summary>Province abbreviation printed on certificate numbers (浙).</summary>
    public string ProvinceAbbreviation { get; set; } = "浙";
    public string City { get; set; } = "临海市";
    /// <summary>Administrative division code of the county-level city (临海市 331082).</summary>
    public string CountyCode { get; set; } = "331082";
    /// <summary>IANA time zone of the office; dates (receipt days, certificate years, working days) are local to it.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
    /// <summary>Receipt numbers are {prefix}{yyyyMMdd}{sequence:0000}.</summary>
    public string ReceiptPrefix { get; set; } = "LH";
    /// <summary>Hall hours by season; empty means <see cref="DefaultHallHours"/>.</summary>
    public List<HallHoursSeason> HallHours { get; set; } = [];

    public static IReadOnlyList<HallHoursSeason> DefaultHallHours { get; } =
    [
        new() { Name = "winter", From = "10-01", To = "04-30", Sessions = ["08:30-12:00", "13:30-17:00"] },
        new() { Name = "summer", From = "05-01", To = "09-30", Sessions = ["08:30-12:00", "14:00-17:30"] },
    ];

    public IReadOnlyList<HallHoursSeason> EffectiveHallHours => HallHours.Count > 0 ? HallHours : DefaultHallHours;

    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, ResolveTimeZone());
}

/// <summary>Opening sessions for a span of the year given as MM-dd (a span may wrap over the new year).</summary>
public sealed class HallHoursSeason
{
    public string Name { get; set; } = "";
    public string From { get; set; } = "01-01";
    public string To { get; set; } = "12-31";
    /// <summary>Sessions as "HH:mm-HH:mm", e.g. "08:30-12:00".</summary>
    public List<string> Sessions { get; set; } = [];
}
