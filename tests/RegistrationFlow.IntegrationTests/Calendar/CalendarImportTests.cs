using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Calendar;

/// <summary>
/// Importing 2027's official notice while applications carry provisional promises: the preview changes nothing, the
/// import moves exactly the promises whose day became a day off — later, recorded, told to the applicant — and the
/// previous version stays readable. One host, one story, in order.
/// </summary>
public sealed class CalendarImportTests
{
    private static DateTimeOffset Local(int month, int day, int hour, int minute, int second = 0) =>
        new(2027, month, day, hour, minute, second, TimeSpan.FromHours(8));

    [Fact]
    public async Task The_official_notice_is_previewed_then_imported_moving_only_promises_on_new_days_off()
    {
        await using var host = new CalendarImportHost();
        await host.InitializeAsync();

        // Provisionally 春节 is 5–10 February (除夕 to 初三 with 补假 for the weekend). Accepted this morning: due today.
        var keeps = await host.AcceptedAsync();
        Assert.Equal(Local(2, 4, 17, 0), keeps.DueAt);
        // Registered this morning: certificate at the next working day's opening, provisionally Thursday 11 February.
        var registered = await host.RegisteredAsync();
        Assert.Equal(Local(2, 11, 8, 30), registered.CertificateReadyAt);
        // Accepted after the 16:00 cut-off: due at the next working day's closing, provisionally 11 February.
        host.Clock.Advance(TimeSpan.FromHours(7.5));
        var moves = await host.AcceptedAsync();
        Assert.Equal(Local(2, 11, 17, 0), moves.DueAt);
        using var manager = host.CreateClient(await host.SignInAsync("manager")).InEnglish();
        using var clerk = host.CreateClient(await host.SignInAsync("clerk"));
        var before = await (await clerk.GetAsync($"/api/applications/{moves.Id}")).ReadJsonAsync();
        Assert.True(before.GetProperty("provisional").GetBoolean());

        // Preview: which promises move and how; nothing stored.
        var preview = await manager.PostAsync("/api/calendar/years/2027", Body(Notices2027.SpringFestivalWeek()));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var previewBody = await preview.ReadJsonAsync();
        Assert.False(previewBody.GetProperty("stored").GetBoolean());
        var changes = previewBody.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(2, changes.Count);
        var due = Assert.Single(changes, c => c.GetProperty("applicationId").GetGuid() == moves.Id);
        Assert.Equal("dueAt", due.GetProperty("field").GetString());
        Assert.Equal("2027-02-11T17:00:00+08:00", due.GetProperty("from").GetString());
        Assert.Equal("2027-02-15T17:00:00+08:00", due.GetProperty("to").GetString());
        var certificate = Assert.Single(changes, c => c.GetProperty("applicationId").GetGuid() == registered.Id);
        Assert.Equal("certificateReadyAt", certificate.GetProperty("field").GetString());
        Assert.Equal("2027-02-15T08:30:00+08:00", certificate.GetProperty("to").GetString());
        Assert.Equal(Local(2, 11, 17, 0), (await host.ApplicationAsync(moves.Id)).DueAt);
        Assert.Equal("provisional", (await (await manager.GetAsync("/api/calendar/years/2027")).ReadJsonAsync()).GetProperty("source").GetString());
        Assert.Equal(0, await host.InScopeAsync(s => s.GetRequiredService<RegistrationDbContext>().CalendarYearVersions.CountAsync()));

        // Confirmed: stored as version 1, in force, promises moved with their deadline rows, history and notices.
        var imported = await manager.PostAsync("/api/calendar/years/2027?confirm=true", Body(Notices2027.SpringFestivalWeek()));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal("/api/calendar/years/2027/versions/1", imported.Headers.Location!.ToString());
        Assert.Equal(2, (await imported.ReadJsonAsync()).GetProperty("changes").GetArrayLength());

        var moved = await host.ApplicationAsync(moves.Id);
        Assert.Equal(Local(2, 15, 17, 0), moved.DueAt);
        Assert.Equal(Local(2, 15, 17, 0), InstanceStateJson(moved).Clock.DueAt);
        var deadlines = await host.DeadlinesAsync(moves.Id);
        Assert.Equal(Local(2, 15, 17, 0, 1), Assert.Single(deadlines, d => d.Kind == DeadlineKind.Breach && d.State == DeadlineState.Pending).DueAt);
        Assert.Equal(Local(2, 15, 16, 0), Assert.Single(deadlines, d => d.Kind == DeadlineKind.Warning && d.State == DeadlineState.Pending).DueAt);
        Assert.Contains(deadlines, d => d.Kind == DeadlineKind.Breach && d.State == DeadlineState.Cancelled && d.DueAt == Local(2, 11, 17, 0, 1));
        Assert.Equal(Local(2, 15, 8, 30), (await host.ApplicationAsync(registered.Id)).CertificateReadyAt);
        Assert.Equal(Local(2, 15, 8, 30), (await host.DeadlineAsync(registered.Id, DeadlineKind.CertificateReady)).DueAt);
        Assert.Equal(Local(2, 4, 17, 0), (await host.ApplicationAsync(keeps.Id)).DueAt);

        Assert.Contains(await host.HistoryAsync(moves.Id), r => r.Action == PromiseRecalculator.AuditAction && r.Actor == "manager");
        Assert.DoesNotContain(await host.HistoryAsync(keeps.Id), r => r.Action == PromiseRecalculator.AuditAction);
        var notice = Assert.Single(await host.NotificationsAsync(moves.Id), n => n.Template == PromiseRecalculator.NoticeTemplate);
        Assert.Equal("applicant", notice.Audience);
        Assert.Contains("2027-02-15 17:00", notice.TextZhCn);
        Assert.Single(await host.NotificationsAsync(registered.Id), n => n.Template == PromiseRecalculator.NoticeTemplate);
        Assert.DoesNotContain(await host.NotificationsAsync(keeps.Id), n => n.Template == PromiseRecalculator.NoticeTemplate);

        var after = await (await clerk.GetAsync($"/api/applications/{moves.Id}")).ReadJsonAsync();
        Assert.Equal("2027-02-15T17:00:00+08:00", after.GetProperty("dueAt").GetString());
        Assert.False(after.GetProperty("provisional").GetBoolean());
        var year = await (await manager.GetAsync("/api/calendar/years/2027")).ReadJsonAsync();
        Assert.Equal("import", year.GetProperty("source").GetString());
        Assert.Equal(1, year.GetProperty("version").GetInt32());
        Assert.False(year.GetProperty("provisional").GetBoolean());
        Assert.Contains(await host.InScopeAsync(s => s.GetRequiredService<RegistrationDbContext>().AuditRecords.AsNoTracking().ToListAsync()),
            r => r.Action == CalendarImports.AuditAction && r.Actor == "manager" && r.Detail!.Contains("\"version\":1"));

        // The same rule again moves nothing: the settling pass finds every promise kept.
        Assert.Equal(0, await host.Services.GetRequiredService<CalendarRefresher>().RefreshAsync(CancellationToken.None));

        // A corrected notice (15 February off too) is version 2; version 1 stays readable; the due moves once more, later.
        var corrected = await manager.PostAsync("/api/calendar/years/2027?confirm=true", Body(Notices2027.SpringFestivalWeek(("2027-02-15", true))));
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.Equal(Local(2, 16, 17, 0), (await host.ApplicationAsync(moves.Id)).DueAt);
        var first = await manager.GetAsync("/api/calendar/years/2027/versions/1");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.DoesNotContain("2027-02-15", await first.Content.ReadAsStringAsync());
        var versions = (await (await manager.GetAsync("/api/calendar/years/2027")).ReadJsonAsync()).GetProperty("versions");
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/calendar/years/2027/versions/3")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_notice_is_refused_field_by_field_and_changes_nothing()
    {
        await using var host = new CalendarImportHost();
        await host.InitializeAsync();
        using var manager = host.CreateClient(await host.SignInAsync("manager")).InEnglish();
        using var clerk = host.CreateClient(await host.SignInAsync("clerk"));
        var accepted = await host.AcceptedAsync();

        var missingNationalDay = Notices2027.SpringFestivalWeek().Replace("\"2027-10-01\",\"isOffDay\":true", "\"2027-10-01\",\"isOffDay\":false");
        var refused = await manager.PostAsync("/api/calendar/years/2027?confirm=true", Body(missingNationalDay));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.ReadJsonAsync();
        Assert.Equal("validation", problem.GetProperty("code").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Contains(errors.EnumerateObject(), e => e.Name.StartsWith("days[") && e.Value[0].GetString()!.Contains("Saturday or Sunday"));
        Assert.Contains("2027-10-01", errors.GetProperty("days")[0].GetString());

        var wrongYear = await manager.PostAsync("/api/calendar/years/2028?confirm=true", Body(Notices2027.SpringFestivalWeek()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongYear.StatusCode);
        Assert.True((await wrongYear.ReadJsonAsync()).GetProperty("errors").TryGetProperty("year", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostAsync("/api/calendar/years/2027?confirm=true", Body("{ not json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync("/api/calendar/years/2027?confirm=true", Body(Notices2027.SpringFestivalWeek()))).StatusCode);

        Assert.Equal(0, await host.InScopeAsync(s => s.GetRequiredService<RegistrationDbContext>().CalendarYearVersions.CountAsync()));
        Assert.Equal(accepted.DueAt, (await host.ApplicationAsync(accepted.Id)).DueAt);
        Assert.True(host.Services.GetRequiredService<LiveBusinessCalendar>().IsProvisional(new DateOnly(2027, 2, 11)));
    }

    [Fact]
    public async Task A_year_imported_by_another_node_is_picked_up_and_its_promises_kept_here()
    {
        await using var host = new CalendarImportHost();
        await host.InitializeAsync();
        host.Clock.Advance(TimeSpan.FromHours(7.5));
        var accepted = await host.AcceptedAsync();
        Assert.Equal(Local(2, 11, 17, 0), accepted.DueAt);

        // Another node stored version 1 in the shared database; this node has not seen it yet.
        await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<RegistrationDbContext>();
            var year = RegistrationFlow.Core.Calendar.HolidayNoticeValidator.Validate(2027, Notices2027.SpringFestivalWeek(), "other node").Year!;
            db.CalendarYearVersions.Add(new CalendarYearVersion
            {
                Year = 2027, Version = 1, Json = CalendarImports.CanonicalJson(year), ImportedAt = host.Clock.GetUtcNow(), ImportedBy = "manager",
            });
            await db.SaveChangesAsync();
        });
        Assert.True(host.Services.GetRequiredService<LiveBusinessCalendar>().IsProvisional(new DateOnly(2027, 2, 11)));

        var moved = await host.Services.GetRequiredService<CalendarRefresher>().RefreshAsync(CancellationToken.None);

        Assert.Equal(1, moved);
        Assert.False(host.Services.GetRequiredService<LiveBusinessCalendar>().IsProvisional(new DateOnly(2027, 2, 11)));
        Assert.Equal(Local(2, 15, 17, 0), (await host.ApplicationAsync(accepted.Id)).DueAt);
        Assert.Contains(await host.HistoryAsync(accepted.Id), r => r.Action == PromiseRecalculator.AuditAction && r.Actor == "system");
    }

    [Fact]
    public async Task Hall_hours_are_changed_as_an_audited_version_and_used_for_new_promises()
    {
        await using var host = new CalendarImportHost();
        await host.InitializeAsync();
        using var manager = host.CreateClient(await host.SignInAsync("manager")).InEnglish();
        using var clerk = host.CreateClient(await host.SignInAsync("clerk"));
        const string hours = """
            { "seasons": [ { "name": "summer", "from": "05-01", "sessions": ["08:30-12:00", "14:00-17:30"] },
                           { "name": "winter", "from": "10-01", "sessions": ["09:00-12:00", "13:30-17:30"] } ] }
            """;

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PutAsync("/api/calendar/hours", Body(hours))).StatusCode);
        var bad = await manager.PutAsync("/api/calendar/hours", Body("""{ "seasons": [ { "name": "winter", "from": "10-01", "sessions": ["17:00-09:00"] } ] }"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.True((await bad.ReadJsonAsync()).GetProperty("errors").TryGetProperty("seasons", out _));

        var saved = await manager.PutAsync("/api/calendar/hours", Body(hours));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = await (await clerk.GetAsync("/api/calendar/hours")).ReadJsonAsync();
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal("09:00-12:00", body.GetProperty("seasons")[1].GetProperty("sessions")[0].GetString());
        var day = await (await clerk.GetAsync("/api/calendar/working-days?from=2027-02-04&to=2027-02-04")).ReadJsonAsync();
        Assert.Equal("17:30", day.GetProperty("days")[0].GetProperty("closing").GetString());
        Assert.Equal(Local(2, 4, 17, 30), (await host.AcceptedAsync()).DueAt);
        Assert.Contains(await host.InScopeAsync(s => s.GetRequiredService<RegistrationDbContext>().AuditRecords.AsNoTracking().ToListAsync()),
            r => r.Action == OfficeHoursEdits.AuditAction && r.Actor == "manager");
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static InstanceState InstanceStateJson(Application application) =>
        JsonSerializer.Deserialize<InstanceState>(application.InstanceState)!;
}
