using System.Net;
using System.Text.Json;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Calendar;

public sealed class WorkingDaysTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task The_spring_festival_fortnight_lists_make_up_days_holidays_weekends_and_hall_hours()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        var response = await client.GetAsync("/api/calendar/working-days?from=2026-02-13&to=2026-03-02");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("2024-01-01", body.GetProperty("coveredFrom").GetString());
        Assert.Equal("2099-12-31", body.GetProperty("coveredTo").GetString());
        Assert.All(body.GetProperty("days").EnumerateArray(), d => Assert.False(d.GetProperty("provisional").GetBoolean()));
        var days = body.GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!);
        Assert.Equal(18, days.Count);

        AssertDay(days["2026-02-13"], working: true, "weekday", holiday: null, "08:30", "17:00");
        AssertDay(days["2026-02-14"], working: true, "make-up-working-day", "春节", "08:30", "17:00"); // a Saturday
        AssertDay(days["2026-02-16"], working: false, "holiday", "春节", null, null);
        AssertDay(days["2026-02-28"], working: true, "make-up-working-day", "春节", "08:30", "17:00");
        AssertDay(days["2026-03-01"], working: false, "weekend", null, null, null);
        AssertDay(days["2026-03-02"], working: true, "weekday", null, "08:30", "17:00");
        Assert.Equal(["08:30-12:00", "13:30-17:00"], days["2026-03-02"].GetProperty("sessions").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(days["2026-03-01"].GetProperty("sessions").EnumerateArray());
    }

    [Fact]
    public async Task Summer_days_close_at_half_past_five_after_a_longer_lunch()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        var body = await (await client.GetAsync("/api/calendar/working-days?from=2026-05-11&to=2026-05-11")).ReadJsonAsync();

        var day = Assert.Single(body.GetProperty("days").EnumerateArray());
        AssertDay(day, working: true, "weekday", null, "08:30", "17:30");
        Assert.Equal(["08:30-12:00", "14:00-17:30"], day.GetProperty("sessions").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task A_whole_leap_year_of_366_days_is_allowed_and_367_days_are_not()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk")).InEnglish();

        var year = await client.GetAsync("/api/calendar/working-days?from=2024-01-01&to=2024-12-31");
        var tooLong = await client.GetAsync("/api/calendar/working-days?from=2024-01-01&to=2025-01-01");

        Assert.Equal(366, (await year.ReadJsonAsync()).GetProperty("days").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("366", (await tooLong.ReadJsonAsync()).GetProperty("errors").GetProperty("to")[0].GetString());
    }

    [Theory]
    [InlineData("to=2026-03-02", "from")]
    [InlineData("from=2026-03-02", "to")]
    [InlineData("from=2026-3-2&to=2026-03-05", "from")]
    [InlineData("from=2026-03-02&to=2026-02-30", "to")]
    [InlineData("from=2026-03-05&to=2026-03-02", "to")]
    public async Task Missing_malformed_or_reversed_dates_are_a_400_naming_the_parameter(string query, string parameter)
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        var response = await client.GetAsync($"/api/calendar/working-days?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out _), $"errors name {parameter}: {errors}");
    }

    [Fact]
    public async Task Days_of_a_year_without_an_official_notice_are_marked_provisional_with_the_reason()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        var response = await client.GetAsync("/api/calendar/working-days?from=2026-12-30&to=2027-01-04");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var days = (await response.ReadJsonAsync()).GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!);
        Assert.False(days["2026-12-31"].GetProperty("provisional").GetBoolean());
        AssertDay(days["2027-01-01"], working: false, "holiday", "元旦", null, null);
        Assert.True(days["2027-01-01"].GetProperty("provisional").GetBoolean());
        Assert.Equal("元旦", days["2027-01-01"].GetProperty("note").GetString());
        AssertDay(days["2027-01-04"], working: true, "weekday", null, "08:30", "17:00");
        Assert.True(days["2027-01-04"].GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task Dates_beyond_the_last_computable_year_are_a_422_naming_the_dates_covered()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk")).InEnglish();

        var response = await client.GetAsync("/api/calendar/working-days?from=2099-12-30&to=2100-01-02");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("calendar-not-covered", problem.GetProperty("code").GetString());
        Assert.Equal("2100-01-01", problem.GetProperty("date").GetString());
        Assert.Equal("2024-01-01", problem.GetProperty("coveredFrom").GetString());
        Assert.Equal("2099-12-31", problem.GetProperty("coveredTo").GetString());
        Assert.Contains("covered 2024-01-01 to 2099-12-31", problem.GetProperty("detail").GetString());
        foreach (var range in new[] { "from=0001-01-01&to=0001-01-02", "from=9999-12-30&to=9999-12-31" })
        {
            var extreme = await client.GetAsync($"/api/calendar/working-days?{range}");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, extreme.StatusCode);
            Assert.Equal("calendar-not-covered", (await extreme.ReadJsonAsync()).GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Nobody_signed_in_gets_401()
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api/calendar/working-days?from=2026-03-02&to=2026-03-02");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static void AssertDay(JsonElement day, bool working, string kind, string? holiday, string? opening, string? closing)
    {
        Assert.Equal(working, day.GetProperty("working").GetBoolean());
        Assert.Equal(kind, day.GetProperty("kind").GetString());
        Assert.Equal(holiday, day.GetProperty("holidayName").GetString());
        Assert.Equal(opening, day.GetProperty("opening").GetString());
        Assert.Equal(closing, day.GetProperty("closing").GetString());
    }
}
