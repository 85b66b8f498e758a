using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Search;
using RegistrationFlow.Web.Features.Tasks;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>
/// A fragment from the middle of an address finds it through the address pairs of the search index; the worklist
/// searches with the same rules as the API (and audits a search by identity number the same way, but not its refreshes).
/// </summary>
public sealed class AddressAndWorklistSearchTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private static readonly StaffMember Reviewer = new("reviewer", new HashSet<string> { "reviewer" });

    private static JsonObject Body(string address, string buyerId)
    {
        var body = CommercialBody();
        body["property"]!["address"] = address;
        body["parties"]![0]!["idNumber"] = buyerId;
        return body;
    }

    private static async Task<HashSet<Guid>> FindAsync(HttpClient client, string q)
    {
        var response = await client.GetAsync($"/api/applications?pageSize=100&q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ReadAsync(response);
        return page.GetProperty("items").EnumerateArray().Select(Id).ToHashSet();
    }

    private Task<int> IdentitySearchCountAsync() => host.DbAsync(db => db.AuditRecords.CountAsync(r => r.Action == AuditActions.IdentitySearch));

    [Fact]
    public async Task A_fragment_from_the_middle_of_the_address_finds_the_application()
    {
        var clerk = await host.ClientAsync("clerk");
        var a = Id(await CreateAsync(clerk, Body("临海市古城街道幸福小区 3 幢 201 室", SearchNumbers.ResidentId(601))));
        var b = Id(await CreateAsync(clerk, Body("临海市大洋街道幸运家园 7 幢 1502 室", SearchNumbers.ResidentId(602))));
        var audited = await IdentitySearchCountAsync();

        Assert.Equal([a], await FindAsync(clerk, "幸福小区"));
        Assert.Equal([a], await FindAsync(clerk, "幸福 小区"));     // spaces do not matter
        Assert.Equal([a], await FindAsync(clerk, "3幢201"));        // nor do they in the address
        Assert.Equal([b], await FindAsync(clerk, "幸运家园７幢"));    // full-width digits read as ASCII
        Assert.Superset(new HashSet<Guid> { a, b }, await FindAsync(clerk, "临海市"));
        Assert.Empty(await FindAsync(clerk, "幸福家园"));
        Assert.Equal(audited, await IdentitySearchCountAsync()); // only searches by identity number are audited
    }

    [Fact]
    public async Task The_address_pairs_are_in_the_index()
    {
        var clerk = await host.ClientAsync("clerk");
        var a = Id(await CreateAsync(clerk, Body("临海市杜桥镇海景花园 9 幢", SearchNumbers.ResidentId(651))));

        var pairs = await host.DbAsync(db => db.ApplicationSearchTerms.AsNoTracking()
            .Where(t => t.ApplicationId == a && t.Kind == "address").Select(t => t.Term).ToListAsync());

        string[] expected = ["临海", "海市", "市杜", "杜桥", "桥镇", "镇海", "海景", "景花", "花园", "园9", "9幢"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), pairs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_worklist_shows_the_tasks_of_the_applications_the_search_box_finds()
    {
        var clerk = await host.ClientAsync("clerk");
        var buyer = SearchNumbers.ResidentId(701);
        var wanted = await DoAsync(clerk, await CreateAsync(clerk, Body("临海市江南街道靖江花苑 2 幢 301 室", buyer)), "accept");
        await DoAsync(clerk, await CreateAsync(clerk, Body("临海市江南街道望江门 5 幢 101 室", SearchNumbers.ResidentId(702))), "accept");
        var audited = await IdentitySearchCountAsync();

        async Task<List<Guid>> WorklistAsync(SearchRequest? search) => await host.InScopeAsync(async services =>
            (await services.GetRequiredService<WorklistReader>().ReadAsync(Reviewer, search)).Select(r => r.Item.Task.ApplicationId).ToList());

        Assert.True((await WorklistAsync(null)).Count >= 2);
        Assert.Equal([Id(wanted)], await WorklistAsync(new SearchRequest(buyer, Reviewer)));
        Assert.Equal(audited + 1, await IdentitySearchCountAsync());
        Assert.Equal([Id(wanted)], await WorklistAsync(new SearchRequest(buyer, Reviewer, Repeated: true))); // the screen's refresh
        Assert.Equal(audited + 1, await IdentitySearchCountAsync());
        Assert.Equal([Id(wanted)], await WorklistAsync(new SearchRequest("靖江花苑", Reviewer)));
        Assert.Equal([Id(wanted)], await WorklistAsync(new SearchRequest(wanted.GetProperty("number").GetString()!, Reviewer)));
        Assert.Empty(await WorklistAsync(new SearchRequest(buyer[..17], Reviewer)));
        Assert.Equal(audited + 1, await IdentitySearchCountAsync());
    }

    [Fact]
    public async Task The_pick_up_desk_finds_a_ready_certificate_by_the_applicant_s_id_number()
    {
        var clerk = await host.ClientAsync("clerk");
        var buyer = SearchNumbers.ResidentId(801);
        var application = await DoAsync(clerk, await CreateAsync(clerk, Body("临海市古城街道紫阳街 8 号", buyer)), "accept");
        application = await DoAsync(await host.ClientAsync("reviewer"), application, "pass");
        application = await DoAsync(await host.ClientAsync("approver"), application, "approve");
        var ready = (await host.DeadlinesAsync(Id(application))).Single(d => d.Kind == Core.Runtime.DeadlineKind.CertificateReady);
        if (ready.DueAt > host.Clock.GetUtcNow()) host.Clock.SetUtcNow(ready.DueAt); // the next opening: the certificate is ready
        Assert.Equal(Infrastructure.Deadlines.DeadlineOutcome.Fired, await host.FireAsync(ready.Id));
        var clerkMember = new StaffMember("clerk", new HashSet<string> { "clerk" });

        var page = await host.InScopeAsync(services => services.GetRequiredService<ApplicationQueries>().ListAsync(
            new ApplicationFilter(Status: "ready-for-pickup", Search: new SearchRequest(buyer, clerkMember), PageSize: ApplicationFilter.MaxPageSize)));

        Assert.Equal(Id(application), Assert.Single(page.Items).Id);
    }
}
