using System.Net;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.IntegrationTests.Hosting;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>领证: the hand-over records who collected the certificate — an applicant in person or an agent — and their document.</summary>
public sealed class HandOverCollectorTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private static object Collector(string capacity, string name, string idNumber, string idType = "resident-id") =>
        new { collector = new { capacity, name, idType, idNumber }, payment = new { method = "cash" } };

    [Fact]
    public async Task A_hand_over_needs_a_collector_who_is_an_applicant_or_an_agent_with_a_valid_document_and_records_them()
    {
        var registered = await host.RegisteredAsync();
        var ready = (await host.DeadlinesAsync(registered.Id)).Single(d => d.Kind == DeadlineKind.CertificateReady);
        host.Clock.SetUtcNow(ready.DueAt);
        Assert.Equal(Infrastructure.Deadlines.DeadlineOutcome.Fired, await host.FireAsync(ready.Id));
        var clerk = await host.ClientAsync("clerk");
        var application = await GetAsync(clerk, registered.Id);
        var etag = application.GetProperty("etag").GetString();

        var cases = new (object Body, string Field, string Code)[]
        {
            (new { payment = new { method = "cash" } }, "collector", "collector-required"),
            (Collector("owner", "张三", "11010519491231002X"), "collector.capacity", "collector-capacity-unknown"),
            (Collector("applicant", "", "11010519491231002X"), "collector.name", "collector-name-required"),
            (Collector("applicant", "李四", "110105198001010016"), "collector.idNumber", "collector-not-an-applicant"),
            (Collector("agent", "李四", "110105198001010017"), "collector.idNumber", "resident-id.check-character"),
        };
        foreach (var (body, field, code) in cases)
        {
            var response = await ActAsync(clerk, registered.Id, "hand-over", etag, body);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var problem = await ReadAsync(response);
            var codes = problem.GetProperty("codes");
            Assert.True(codes.TryGetProperty(field, out var fieldCodes), $"{field} in {problem}");
            Assert.Contains(code, fieldCodes.EnumerateArray().Select(c => c.GetString()));
        }
        Assert.Equal(etag, (await GetAsync(clerk, registered.Id)).GetProperty("etag").GetString());

        var done = await ActAsync(clerk, registered.Id, "hand-over", etag, Collector("agent", "李四", "110105198001010016"));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var certificate = await host.DbAsync(db => db.Certificates.AsNoTracking().SingleAsync(c => c.ApplicationId == registered.Id));
        Assert.Equal(("agent", "李四", "resident-id", "110105198001010016"),
            (certificate.CollectedAs, certificate.CollectorName, certificate.CollectorIdType, certificate.CollectorIdNumber));
        var record = await host.DbAsync(db => db.AuditRecords.AsNoTracking().SingleAsync(r => r.ApplicationId == registered.Id && r.Action == "hand-over"));
        Assert.Contains("\"capacity\":\"agent\"", record.Detail);
        Assert.DoesNotContain("110105198001010016", record.Detail);
    }
}
