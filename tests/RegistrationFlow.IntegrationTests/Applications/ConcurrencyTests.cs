using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

public sealed partial class ConcurrencyTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private async Task<JsonElement> AtApprovalAsync(HttpClient clerk, HttpClient reviewer) =>
        await DoAsync(reviewer, await DoAsync(clerk, await CreateAsync(clerk, CommercialBody()), "accept"), "pass");

    [Fact]
    public async Task Of_two_simultaneous_approvals_of_one_application_exactly_one_wins()
    {
        var clerk = await host.ClientAsync("clerk");
        var reviewer = await host.ClientAsync("reviewer");
        var approver = await host.ClientAsync("approver");
        var lead = await host.ClientAsync("lead"); // did not review this one, so may approve it
        var application = await AtApprovalAsync(clerk, reviewer);

        var responses = await Task.WhenAll(ActAsync(approver, application, "approve"), ActAsync(lead, application, "approve"));

        var codes = responses.Select(r => r.StatusCode).ToList();
        Assert.Single(codes, HttpStatusCode.OK);
        Assert.Single(codes, c => c is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed);
        var stored = await GetAsync(clerk, Id(application));
        Assert.Equal("certificate", Step(stored));
        Assert.Equal(1, await host.DbAsync(db => Task.FromResult(db.Certificates.Count(c => c.ApplicationId == Id(application)))));
        var approvals = await host.DbAsync(db => Task.FromResult(db.AuditRecords.Count(r => r.ApplicationId == Id(application) && r.Action == "approve")));
        Assert.Equal(1, approvals);
    }

    [Fact]
    public async Task Fifty_simultaneous_approvals_of_different_applications_get_fifty_consecutive_certificate_numbers()
    {
        var clerk = await host.ClientAsync("clerk");
        var reviewer = await host.ClientAsync("reviewer");
        var approver = await host.ClientAsync("approver");
        var waiting = new List<JsonElement>();
        for (var i = 0; i < 50; i++) waiting.Add(await AtApprovalAsync(clerk, reviewer));

        var responses = await Task.WhenAll(waiting.Select(a => ActAsync(approver, a, "approve")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var numbers = new List<string>();
        foreach (var response in responses) numbers.Add((await ReadAsync(response)).GetProperty("certificateNumber").GetString()!);
        Assert.Equal(50, numbers.Distinct().Count());
        var sequences = numbers.Select(n => long.Parse(Sequence().Match(n).Groups[1].Value)).Order().ToList();
        Assert.Equal(Enumerable.Range((int)sequences[0], 50).Select(i => (long)i), sequences);
        Assert.All(numbers, n => Assert.StartsWith("浙(2026)临海市不动产权第", n));
    }

    [GeneratedRegex(@"第(\d{7})号$")]
    private static partial Regex Sequence();
}
