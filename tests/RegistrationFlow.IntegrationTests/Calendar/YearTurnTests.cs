using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Calendar;

/// <summary>The last afternoon of the shipped holiday data, after the same-day cut-off.</summary>
public sealed class YearTurnHost() : ServiceHost(NewFolder(), new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.FromHours(8)));

/// <summary>Across the turn of the year the centre keeps accepting: promises into 2027 are given provisionally, and said so.</summary>
public sealed class YearTurnTests(YearTurnHost host) : IClassFixture<YearTurnHost>
{
    [Fact]
    public async Task An_application_accepted_on_new_years_eve_gets_a_provisional_promise_in_the_new_year()
    {
        using var clerk = host.CreateClient(await host.SignInAsync("clerk"));

        var accepted = await host.AcceptedAsync();

        Assert.Equal(new DateTimeOffset(2027, 1, 4, 17, 0, 0, TimeSpan.FromHours(8)), accepted.DueAt);
        var body = await (await clerk.GetAsync($"/api/applications/{accepted.Id}")).ReadJsonAsync();
        Assert.Equal("2027-01-04T17:00:00+08:00", body.GetProperty("dueAt").GetString());
        Assert.True(body.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task On_new_years_day_itself_an_application_is_accepted_and_counts_from_the_next_working_day()
    {
        host.Clock.Advance(TimeSpan.FromHours(17)); // 1 January 2027, 09:30: 元旦 by the law
        using var clerk = host.CreateClient(await host.SignInAsync("clerk"));

        var accepted = await host.AcceptedAsync();

        Assert.Equal(new DateTimeOffset(2027, 1, 4, 17, 0, 0, TimeSpan.FromHours(8)), accepted.DueAt);
        Assert.True((await (await clerk.GetAsync($"/api/applications/{accepted.Id}")).ReadJsonAsync()).GetProperty("provisional").GetBoolean());
    }
}
