using RegistrationFlow.Core.Calendar;
using static RegistrationFlow.Core.Tests.Calendar.CalendarFiles;

namespace RegistrationFlow.Core.Tests.Calendar;

public class HolidayDataTests
{
    private const string Valid2030 = """
        { "year": 2030, "days": [ { "name": "元旦", "date": "2030-01-01", "isOffDay": true } ] }
        """;

    [Fact]
    public void The_shipped_files_cover_2024_to_2026_as_one_data_set()
    {
        Assert.Equal([2024, 2025, 2026], Holidays.Years.Select(y => y.Year));
        Assert.Equal(Date(2024, 1, 1), Holidays.CoveredFrom);
        Assert.Equal(Date(2026, 12, 31), Holidays.CoveredTo);
        Assert.True(Holidays.Covers(Date(2025, 7, 1)));
        Assert.False(Holidays.Covers(Date(2023, 12, 31)));
        Assert.False(Holidays.Covers(Date(2027, 1, 1)));
    }

    [Fact]
    public void Reads_names_off_days_and_make_up_days()
    {
        Assert.True(Holidays.TryGetDay(Date(2026, 10, 1), out var nationalDay));
        Assert.Equal(new HolidayDay(Date(2026, 10, 1), "国庆节", IsOffDay: true), nationalDay);
        Assert.True(Holidays.TryGetDay(Date(2026, 2, 14), out var makeUp));
        Assert.False(makeUp.IsOffDay);
        Assert.Equal("春节", makeUp.Name);
        Assert.False(Holidays.TryGetDay(Date(2026, 6, 18), out _));
    }

    [Fact]
    public void Files_can_come_in_any_order()
    {
        var reversed = HolidayData.FromFiles(HolidayFiles().Reverse());
        Assert.Equal(Holidays.CoveredFrom, reversed.CoveredFrom);
        Assert.Equal(Holidays.CoveredTo, reversed.CoveredTo);
    }

    [Fact]
    public void Broken_json_names_the_file_and_the_position()
    {
        var error = Assert.Throws<CalendarDataException>(() =>
            HolidayFileParser.Parse("2030.json", "{ \"year\": 2030,\n  \"days\": [ { \"name\": \"元旦\" , } ] "));
        Assert.Equal("2030.json", error.FileName);
        Assert.Contains("line 2", error.Problem.EnUs);
        Assert.Contains("第 2 行", error.Problem.ZhCn);
        Assert.Contains("2030.json", error.Message);
    }

    [Theory]
    [InlineData("[]", "top level")]
    [InlineData("""{ "days": [] }""", "\"year\"")]
    [InlineData("""{ "year": "2030", "days": [] }""", "\"year\"")]
    [InlineData("""{ "year": 2030 }""", "\"days\" is missing")]
    [InlineData("""{ "year": 2030, "days": [] }""", "not be published")]
    [InlineData("""{ "year": 2030, "days": [ 5 ] }""", "days[0] must be an object")]
    [InlineData("""{ "year": 2030, "days": [ { "date": "2030-01-01", "isOffDay": true } ] }""", "days[0].name")]
    [InlineData("""{ "year": 2030, "days": [ { "name": "x", "date": "2030-02-30", "isOffDay": true } ] }""", "days[0].date \"2030-02-30\" is not a real date")]
    [InlineData("""{ "year": 2030, "days": [ { "name": "x", "date": "2030/01/01", "isOffDay": true } ] }""", "days[0].date \"2030/01/01\"")]
    [InlineData("""{ "year": 2030, "days": [ { "name": "x", "date": "2032-01-01", "isOffDay": true } ] }""", "does not belong to 2030")]
    [InlineData("""{ "year": 2030, "days": [ { "name": "x", "date": "2030-01-01", "isOffDay": "yes" } ] }""", "days[0].isOffDay")]
    [InlineData("""{ "year": 2030, "days": [ { "name": "x", "date": "2030-01-01", "isOffDay": true }, { "name": "y", "date": "2030-01-01", "isOffDay": true } ] }""", "days[1]: the date 2030-01-01 is listed twice")]
    public void A_bad_file_is_refused_with_the_problem_in_both_languages(string json, string expectedEnglish)
    {
        var error = Assert.Throws<CalendarDataException>(() => HolidayFileParser.Parse("bad.json", json));
        Assert.Equal("bad.json", error.FileName);
        Assert.Contains(expectedEnglish, error.Problem.EnUs);
        Assert.False(string.IsNullOrWhiteSpace(error.Problem.ZhCn));
        Assert.NotEqual(error.Problem.ZhCn, error.Problem.EnUs);
    }

    [Fact]
    public void A_problem_inside_a_year_names_the_year()
    {
        var error = Assert.Throws<CalendarDataException>(() =>
            HolidayFileParser.Parse("2030.json", """{ "year": 2030, "days": [ { "name": "x", "date": "2030-13-01", "isOffDay": true } ] }"""));
        Assert.Equal(2030, error.Year);
        Assert.StartsWith("2030.json (2030): ", error.Message);
    }

    [Fact]
    public void A_missing_year_in_the_middle_is_refused_rather_than_read_as_a_year_without_holidays()
    {
        var files = HolidayFiles().Where(f => f.FileName != "2025.json");
        var error = Assert.Throws<CalendarDataException>(() => HolidayData.FromFiles(files));
        Assert.Equal("2026.json", error.FileName);
        Assert.Contains("2025 is missing", error.Problem.EnUs);
    }

    [Fact]
    public void The_same_year_twice_is_refused()
    {
        var error = Assert.Throws<CalendarDataException>(() =>
            HolidayData.FromFiles([("a.json", Valid2030), ("b.json", Valid2030)]));
        Assert.Contains("2030 is given twice", error.Problem.EnUs);
    }

    [Fact]
    public void Years_that_disagree_about_a_shared_date_are_refused()
    {
        const string y2031 = """
            { "year": 2031, "days": [ { "name": "元旦", "date": "2030-12-31", "isOffDay": false } ] }
            """;
        const string y2030 = """
            { "year": 2030, "days": [ { "name": "元旦", "date": "2030-12-31", "isOffDay": true } ] }
            """;
        var error = Assert.Throws<CalendarDataException>(() => HolidayData.FromFiles([("2030.json", y2030), ("2031.json", y2031)]));
        Assert.Contains("2030-12-31 contradicts", error.Problem.EnUs);
    }

    [Fact]
    public void No_files_at_all_is_refused()
    {
        var error = Assert.Throws<CalendarDataException>(() => HolidayData.FromFiles([]));
        Assert.Contains("no holiday data", error.Problem.EnUs);
    }

    [Fact]
    public void A_day_of_the_neighbouring_year_counts_when_that_year_is_loaded()
    {
        const string y2031 = """
            { "year": 2031, "days": [ { "name": "元旦", "date": "2030-12-29", "isOffDay": false } ] }
            """;
        var data = HolidayData.FromFiles([("2030.json", Valid2030), ("2031.json", y2031)]);
        Assert.True(data.TryGetDay(Date(2030, 12, 29), out var day));
        Assert.False(day.IsOffDay);

        var alone = HolidayData.FromFiles([("2031.json", y2031)]);
        Assert.False(alone.TryGetDay(Date(2030, 12, 29), out _));
        Assert.Equal(Date(2031, 1, 1), alone.CoveredFrom);
    }
}
