using System.Text.Json;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Calendar.Provisional;
using static RegistrationFlow.Core.Tests.Calendar.CalendarFiles;

namespace RegistrationFlow.Core.Tests.Calendar.Provisional;

public sealed class HolidayNoticeValidatorTests
{
    /// <summary>A plausible 2027 notice: every statutory day off, 国庆 and 春节 stretched with 调休 make-up Saturdays.</summary>
    public static string Notice2027(Func<List<object>, List<object>>? edit = null)
    {
        var days = ProvisionalYear.Compute(2027).Days
            .Select(d => (object)new { name = d.Name, date = d.Date.ToString("yyyy-MM-dd"), isOffDay = true })
            .ToList();
        days.Add(new { name = "国庆节", date = "2027-10-06", isOffDay = true });
        days.Add(new { name = "国庆节", date = "2027-10-09", isOffDay = false });
        if (edit is not null) days = edit(days);
        return JsonSerializer.Serialize(new { year = 2027, days });
    }

    [Fact]
    public void A_complete_notice_is_accepted_as_an_official_year()
    {
        var check = HolidayNoticeValidator.Validate(2027, Notice2027(), "import v1");

        Assert.True(check.IsValid, string.Join("; ", check.Errors));
        Assert.False(check.Year!.Provisional);
        Assert.Contains(check.Year.Days, d => d.Date == Date(2027, 10, 9) && !d.IsOffDay);
    }

    [Fact]
    public void The_shipped_2025_and_2026_notices_pass_the_import_rules()
    {
        foreach (var year in new[] { 2025, 2026 })
        {
            var check = HolidayNoticeValidator.Validate(year, ReadText("workflows", "calendar", $"{year}.json"), "file");
            Assert.True(check.IsValid, string.Join("; ", check.Errors));
        }
    }

    [Fact]
    public void Every_problem_is_named_by_its_field()
    {
        var json = Notice2027(days =>
        {
            days.RemoveAll(d => JsonSerializer.Serialize(d).Contains("2027-10-01"));
            days.Add(new { name = "元旦", date = "2028-01-01", isOffDay = true });             // outside the year
            days.Add(new { name = "调休", date = "2027-03-03", isOffDay = false });            // a Wednesday
            days.Add(new { name = "国庆节", date = "2027-10-09", isOffDay = true });           // both kinds
            days.Add(new { name = "", date = "2027-03-01", isOffDay = true });
            days.Add(new { name = "x", date = "2027-02-30", isOffDay = true });
            days.Add(new { name = "x\u202E", date = "2027-03-02", isOffDay = true });
            days.Add(new { name = "x", date = "2027-03-04" });
            return days;
        });

        var check = HolidayNoticeValidator.Validate(2027, json, "import");

        Assert.False(check.IsValid);
        Assert.Null(check.Year);
        var fields = check.Errors.Select(e => e.Field).ToList();
        var count = JsonDocument.Parse(json).RootElement.GetProperty("days").GetArrayLength();
        Assert.Contains("days", fields); // 10-01 missing
        Assert.Contains(check.Errors, e => e.Field == "days" && e.Message.ZhCn.Contains("2027-10-01"));
        Assert.Contains($"days[{count - 7}].date", fields);
        Assert.Contains(check.Errors, e => e.Field == $"days[{count - 6}].date" && e.Message.EnUs.Contains("Saturday or Sunday"));
        Assert.Contains(check.Errors, e => e.Field == $"days[{count - 5}].date" && e.Message.EnUs.Contains("both as a day off and as a make-up"));
        Assert.Contains($"days[{count - 4}].name", fields);
        Assert.Contains($"days[{count - 3}].date", fields);
        Assert.Contains($"days[{count - 2}].name", fields);
        Assert.Contains($"days[{count - 1}].isOffDay", fields);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2100)]
    public void Years_outside_the_current_rules_are_refused(int year)
    {
        var check = HolidayNoticeValidator.Validate(year, "{}", "import");
        Assert.Equal("year", Assert.Single(check.Errors).Field);
    }

    [Fact]
    public void The_year_in_the_body_must_match_and_json_must_be_readable()
    {
        Assert.Contains(HolidayNoticeValidator.Validate(2028, Notice2027(), "import").Errors, e => e.Field == "year");
        Assert.Equal("$", Assert.Single(HolidayNoticeValidator.Validate(2027, "{ nope", "import").Errors).Field);
        Assert.Equal("days", Assert.Single(HolidayNoticeValidator.Validate(2027, """{ "year": 2027 }""", "import").Errors).Field);
    }
}
