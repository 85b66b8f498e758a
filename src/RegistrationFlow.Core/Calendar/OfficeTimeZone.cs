namespace RegistrationFlow.Core.Calendar;

/// <summary>The office's time zone. Core reads no tzdata; the host may pass the system's Asia/Shanghai instead.</summary>
public static class OfficeTimeZone
{
    public const string Id = "Asia/Shanghai";

    /// <summary>China Standard Time as a fixed UTC+8 zone named "Asia/Shanghai" (China has kept no daylight saving since 1991).</summary>
    public static TimeZoneInfo FixedShanghai { get; } =
        TimeZoneInfo.CreateCustomTimeZone(Id, TimeSpan.FromHours(8), "(UTC+08:00) 中国标准时间 China Standard Time", "中国标准时间 China Standard Time");
}
