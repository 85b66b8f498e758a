using System.Net;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.ServiceLevels;

public sealed class PreviewTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Theory]
    // Same-day, cut-off 16:00: before it → today's closing; certificate at the next working day's opening.
    [InlineData("2026-03-02T09:00:00+08:00", "2026-03-02T17:00:00+08:00", "2026-03-03T08:30:00+08:00", "2026-03-02T16:00:00+08:00")]
    // After the cut-off on a Friday → Monday's closing.
    [InlineData("2026-03-06T16:30:00+08:00", "2026-03-09T17:00:00+08:00", "2026-03-10T08:30:00+08:00", "2026-03-09T16:00:00+08:00")]
    // On the last day before the spring festival: due on the make-up Saturday, certificate the Tuesday after the holiday.
    [InlineData("2026-02-13T16:30:00+08:00", "2026-02-14T17:00:00+08:00", "2026-02-24T08:30:00+08:00", "2026-02-14T16:00:00+08:00")]
    // Given in UTC, answered in office time; summer closing 17:30, warned 60 minutes of hall time before.
    [InlineData("2026-05-11T01:00:00Z", "2026-05-11T17:30:00+08:00", "2026-05-12T08:30:00+08:00", "2026-05-11T16:30:00+08:00")]
    public async Task The_preview_gives_due_certificate_and_warning_instants_in_office_time(
        string acceptedAt, string dueAt, string certificateReadyAt, string warningAt)
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        var response = await client.GetAsync(
            $"/api/service-levels/preview?workflow=commercial-housing-transfer&acceptedAt={Uri.EscapeDataString(acceptedAt)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(1, body.GetProperty("workflowVersion").GetInt32());
        Assert.Equal(dueAt, body.GetProperty("dueAt").GetString());
        Assert.Equal(certificateReadyAt, body.GetProperty("certificateReadyAt").GetString());
        Assert.Equal(warningAt, body.GetProperty("warningAt").GetString());
        Assert.EndsWith("+08:00", body.GetProperty("acceptedAt").GetString());
    }

    [Fact]
    public async Task Five_working_days_for_a_first_registration_of_land_use_rights()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        var body = await (await client.GetAsync(
            "/api/service-levels/preview?workflow=land-use-right-first-registration&acceptedAt=2026-03-02T10:00:00%2B08:00")).ReadJsonAsync();

        Assert.Equal("2026-03-09T17:00:00+08:00", body.GetProperty("dueAt").GetString());
    }

    [Fact]
    public async Task An_instant_without_an_offset_is_office_time_and_an_unencoded_plus_still_reads()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        var local = await (await client.GetAsync("/api/service-levels/preview?workflow=commercial-housing-transfer&acceptedAt=2026-03-02T09:00:00")).ReadJsonAsync();
        var plus = await (await client.GetAsync("/api/service-levels/preview?workflow=commercial-housing-transfer&acceptedAt=2026-03-02T09:00:00+08:00")).ReadJsonAsync();

        Assert.Equal("2026-03-02T09:00:00+08:00", local.GetProperty("acceptedAt").GetString());
        Assert.Equal("2026-03-02T09:00:00+08:00", plus.GetProperty("acceptedAt").GetString());
    }

    [Fact]
    public async Task An_unknown_workflow_is_a_422_naming_it()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk")).InEnglish();

        var response = await client.GetAsync("/api/service-levels/preview?workflow=house-swap&acceptedAt=2026-03-02T09:00:00%2B08:00");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("workflow-unknown", problem.GetProperty("code").GetString());
        Assert.Equal("house-swap", problem.GetProperty("workflow").GetString());
        Assert.Contains("'house-swap'", problem.GetProperty("detail").GetString());
        Assert.Contains("commercial-housing-transfer", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("acceptedAt=2026-03-02T09:00:00%2B08:00", "workflow")]
    [InlineData("workflow=commercial-housing-transfer", "acceptedAt")]
    [InlineData("workflow=commercial-housing-transfer&acceptedAt=tomorrow", "acceptedAt")]
    [InlineData("workflow=commercial-housing-transfer&acceptedAt=2026-02-30T09:00:00%2B08:00", "acceptedAt")]
    public async Task Missing_or_unreadable_parameters_are_a_400_naming_them(string query, string parameter)
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        var response = await client.GetAsync($"/api/service-levels/preview?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task An_acceptance_whose_deadline_falls_in_a_year_without_a_notice_gets_a_provisional_promise()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        var late = await (await client.GetAsync("/api/service-levels/preview?workflow=commercial-housing-transfer&acceptedAt=2026-12-31T16:30:00%2B08:00")).ReadJsonAsync();
        var early = await (await client.GetAsync("/api/service-levels/preview?workflow=commercial-housing-transfer&acceptedAt=2026-12-30T09:00:00%2B08:00")).ReadJsonAsync();

        // 1 January 2027 is 元旦 by the law, then a weekend: due Monday 4 January, certificate Tuesday morning.
        Assert.Equal("2027-01-04T17:00:00+08:00", late.GetProperty("dueAt").GetString());
        Assert.Equal("2027-01-05T08:30:00+08:00", late.GetProperty("certificateReadyAt").GetString());
        Assert.True(late.GetProperty("provisional").GetBoolean());
        Assert.Equal("2026-12-30T17:00:00+08:00", early.GetProperty("dueAt").GetString());
        Assert.False(early.GetProperty("provisional").GetBoolean());
    }
}
