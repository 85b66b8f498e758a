using RegistrationFlow.Core.Calendar;
using static RegistrationFlow.Core.Tests.Calendar.CalendarFiles;

namespace RegistrationFlow.Core.Tests.Calendar;

public class OfficeHoursTests
{
    private static OfficeSession Session(int h1, int m1, int h2, int m2) => new(new TimeOnly(h1, m1), new TimeOnly(h2, m2));

    [Theory]
    [InlineData(2026, 4, 30, "winter", "08:30-12:00", "13:30-17:00")]
    [InlineData(2026, 5, 1, "summer", "08:30-12:00", "14:00-17:30")]
    [InlineData(2026, 9, 30, "summer", "08:30-12:00", "14:00-17:30")]
    [InlineData(2026, 10, 1, "winter", "08:30-12:00", "13:30-17:00")]
    [InlineData(2026, 1, 1, "winter", "08:30-12:00", "13:30-17:00")]
    [InlineData(2026, 12, 31, "winter", "08:30-12:00", "13:30-17:00")]
    public void Linhai_defaults_switch_seasons_on_May_1_and_October_1(int y, int m, int d, string season, string morning, string afternoon)
    {
        var found = OfficeHours.LinhaiDefault.SeasonOn(Date(y, m, d));
        Assert.Equal(season, found.Name);
        Assert.Equal([morning, afternoon], found.Sessions.Select(s => s.ToString()));
    }

    [Fact]
    public void The_shipped_office_hours_file_is_the_Linhai_default()
    {
        var hours = OfficeHoursFileParser.Parse("hours.json", ReadText("workflows", "office", "hours.json"));
        Assert.Equal(OfficeHours.LinhaiDefault.Seasons.Count, hours.Seasons.Count);
        for (var i = 0; i < hours.Seasons.Count; i++)
        {
            Assert.Equal(OfficeHours.LinhaiDefault.Seasons[i].Name, hours.Seasons[i].Name);
            Assert.Equal(OfficeHours.LinhaiDefault.Seasons[i].StartsOn, hours.Seasons[i].StartsOn);
            Assert.Equal(OfficeHours.LinhaiDefault.Seasons[i].Sessions, hours.Seasons[i].Sessions);
        }
    }

    [Fact]
    public void Earliest_closing_and_latest_opening_span_all_seasons()
    {
        Assert.Equal(new TimeOnly(17, 0), OfficeHours.LinhaiDefault.EarliestClosing);
        Assert.Equal(new TimeOnly(8, 30), OfficeHours.LinhaiDefault.LatestOpening);
    }

    [Fact]
    public void A_single_season_applies_all_year_and_three_sessions_are_allowed()
    {
        var hours = new OfficeHours([new OfficeSeason("all-year", new MonthDay(3, 15),
            [Session(8, 0, 10, 0), Session(10, 30, 12, 0), Session(13, 0, 16, 0)])]);
        Assert.Equal("all-year", hours.SeasonOn(Date(2026, 1, 1)).Name);
        Assert.Equal(3, hours.SessionsOn(Date(2026, 7, 1)).Count);
    }

    [Fact]
    public void Later_changes_to_the_callers_list_do_not_change_the_hours()
    {
        List<OfficeSession> sessions = [Session(9, 0, 17, 0)];
        var hours = new OfficeHours([new OfficeSeason("all-year", new MonthDay(1, 1), sessions)]);
        sessions.Add(Session(18, 0, 19, 0));
        Assert.Single(hours.SessionsOn(Date(2026, 1, 1)));
    }

    public static TheoryData<OfficeSeason[], string> BadSeasons => new()
    {
        { [], "at least one season" },
        { [new OfficeSeason("a", new MonthDay(2, 29), [Session(9, 0, 17, 0)])], "not a day of every year" },
        { [new OfficeSeason("a", new MonthDay(13, 1), [Session(9, 0, 17, 0)])], "not a day of every year" },
        { [new OfficeSeason("a", new MonthDay(1, 1), [Session(9, 0, 17, 0)]), new OfficeSeason("b", new MonthDay(1, 1), [Session(9, 0, 17, 0)])], "start on the same day" },
        { [new OfficeSeason("a", new MonthDay(1, 1), [])], "has no sessions" },
        { [new OfficeSeason("a", new MonthDay(1, 1), [Session(12, 0, 8, 30)])], "does not end after it starts" },
        { [new OfficeSeason("a", new MonthDay(1, 1), [Session(8, 30, 12, 0), Session(11, 0, 17, 0)])], "overlaps" },
        { [new OfficeSeason(" ", new MonthDay(1, 1), [Session(9, 0, 17, 0)])], "has no name" },
    };

    [Theory]
    [MemberData(nameof(BadSeasons))]
    public void Unusable_hours_are_refused(OfficeSeason[] seasons, string expectedEnglish)
    {
        var error = Assert.Throws<ArgumentException>(() => new OfficeHours(seasons));
        Assert.Contains(expectedEnglish, error.Message);
    }

    [Theory]
    [InlineData("""{ "seasons": [ { "name": "a", "from": "1-1", "sessions": ["09:00-17:00"] } ] }""", "seasons[0].from")]
    [InlineData("""{ "seasons": [ { "name": "a", "from": "01-01", "sessions": ["9-17"] } ] }""", "seasons[0].sessions[0]")]
    [InlineData("""{ "seasons": [ { "name": "a", "from": "01-01", "sessions": ["17:00-09:00"] } ] }""", "does not end after it starts")]
    [InlineData("""{ "seasons": {} }""", "\"seasons\"")]
    [InlineData("""{ "seasons": [ }""", "not valid JSON")]
    public void A_bad_office_hours_file_names_the_file_and_the_problem(string json, string expectedEnglish)
    {
        var error = Assert.Throws<CalendarDataException>(() => OfficeHoursFileParser.Parse("hours.json", json));
        Assert.Equal("hours.json", error.FileName);
        Assert.Contains(expectedEnglish, error.Problem.EnUs);
    }

    [Theory]
    [InlineData("10-01", true)]
    [InlineData("02-29", false)]
    [InlineData("00-10", false)]
    [InlineData("04-31", false)]
    [InlineData("1001", false)]
    public void Month_days_parse_only_days_of_every_year(string text, bool valid) =>
        Assert.Equal(valid, MonthDay.TryParse(text, out _));
}
