using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Infrastructure.Office;

/// <summary>
/// The registration centre's own settings (section "Office"); defaults are those of Linhai, Zhejiang. Hall hours are not
/// here: they live in <c>workflows/office/hours.json</c>, the one source the business calendar reads.
/// </summary>
public sealed class OfficeSettings
{
    public const string Section = "Office";

    /// <summary>Province abbreviation printed on certificate numbers (浙).</summary>
    public string ProvinceAbbreviation { get; set; } = "浙";
    public string City { get; set; } = "临海市";
    /// <summary>The centre's name as printed in Chinese (header, receipts).</summary>
    public string Name { get; set; } = "临海市不动产登记中心";
    /// <summary>The centre's name on English screens.</summary>
    public string NameEnglish { get; set; } = "Linhai Real Estate Registration Centre";
    /// <summary>Administrative division code of the county-level city (临海市 331082).</summary>
    public string CountyCode { get; set; } = "331082";
    /// <summary>IANA time zone of the office; dates (receipt days, certificate years, working days) are local to it.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
    /// <summary>Receipt numbers are {prefix}{yyyyMMdd}{sequence:0000}.</summary>
    public string ReceiptPrefix { get; set; } = "LH";

    /// <summary>Where an applicant applies for 行政复议 against a refusal, as the refusal notice names it.</summary>
    public string ReconsiderationBody { get; set; } = "临海市人民政府";
    public string ReconsiderationBodyEnglish { get; set; } = "the People's Government of Linhai";
    /// <summary>The court for 行政诉讼 against a refusal, as the refusal notice names it.</summary>
    public string Court { get; set; } = "临海市人民法院";
    public string CourtEnglish { get; set; } = "the People's Court of Linhai";

    public LocalizedText DisplayName => LocalizedText.Of(Name, NameEnglish);

    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, ResolveTimeZone());
}
