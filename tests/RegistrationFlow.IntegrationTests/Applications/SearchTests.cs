using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>
/// What <c>q</c> finds, each through an index: the exact id, the start of a receipt, certificate or unit number (any
/// letter case, full-width brackets), the start of a party's name — and not the middle of a name.
/// </summary>
public sealed class SearchTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private static JsonObject Body(string unit, string buyer)
    {
        var body = CommercialBody();
        body["property"]!["unitNumber"] = unit;
        body["parties"]![0]!["name"] = buyer;
        return body;
    }

    private async Task<HashSet<Guid>> FindAsync(HttpClient client, string q)
    {
        var response = await client.GetAsync($"/api/applications?pageSize=100&q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ReadAsync(response);
        var ids = page.GetProperty("items").EnumerateArray().Select(Id).ToHashSet();
        Assert.Equal(ids.Count, page.GetProperty("total").GetInt32());
        return ids;
    }

    [Fact]
    public async Task Search_matches_id_receipt_certificate_and_unit_prefixes_and_the_start_of_a_name()
    {
        var clerk = await host.ClientAsync("clerk");
        var registered = await DoAsync(clerk, await CreateAsync(clerk, Body("331082001001GB00071F00010001", "欧阳明")), "accept");
        registered = await DoAsync(await host.ClientAsync("reviewer"), registered, "pass");
        registered = await DoAsync(await host.ClientAsync("approver"), registered, "approve");
        var other = await CreateAsync(clerk, Body("331082001001GB00072F00010001", "明欧阳"));
        var (a, b) = (Id(registered), Id(other));
        var receipt = registered.GetProperty("number").GetString()!;
        var certificate = registered.GetProperty("certificateNumber").GetString()!;

        Assert.Equal([a], await FindAsync(clerk, a.ToString()));
        Assert.Equal([b], await FindAsync(clerk, b.ToString("N").ToUpperInvariant()));
        Assert.Equal([a], await FindAsync(clerk, receipt));
        Assert.Equal([a], await FindAsync(clerk, receipt.ToLowerInvariant()));
        Assert.Superset(new HashSet<Guid> { a, b }, await FindAsync(clerk, receipt[..^4])); // the day's receipts
        Assert.Equal([a], await FindAsync(clerk, certificate));
        Assert.Equal([a], await FindAsync(clerk, certificate.Replace('(', '（').Replace(')', '）')[..12]));
        Assert.Equal([a], await FindAsync(clerk, "331082001001GB00071"));
        Assert.Equal([b], await FindAsync(clerk, "331082001001gb00072f"));
        Assert.Superset(new HashSet<Guid> { a, b }, await FindAsync(clerk, "331082001001GB0007"));
        Assert.Equal([a], await FindAsync(clerk, "欧阳"));      // a surname
        Assert.Equal([a], await FindAsync(clerk, " 欧阳明 "));  // a full name, spaces trimmed
        Assert.Equal([b], await FindAsync(clerk, "明"));
        Assert.Superset(new HashSet<Guid> { a, b }, await FindAsync(clerk, "临海市某房地产")); // the seller of both, as registered
        Assert.Empty(await FindAsync(clerk, "某房地产"));                  // the middle of a name is not searched
        Assert.Empty(await FindAsync(clerk, Guid.NewGuid().ToString()));
    }

    [Fact]
    public async Task Search_combines_with_the_other_filters()
    {
        var clerk = await host.ClientAsync("clerk");
        var accepted = await DoAsync(clerk, await CreateAsync(clerk, Body("331082001001GB00081F00010001", "司马光")), "accept");
        var received = await CreateAsync(clerk, Body("331082001001GB00082F00010001", "司马迁"));

        Assert.Equal([Id(accepted), Id(received)], (await FindAsync(clerk, "司马")).ToHashSet());
        var atReview = await ReadAsync(await clerk.GetAsync($"/api/applications?q={Uri.EscapeDataString("司马")}&step=review"));
        Assert.Equal(Id(accepted), Id(Assert.Single(atReview.GetProperty("items").EnumerateArray())));
        var stillReceived = await ReadAsync(await clerk.GetAsync($"/api/applications?q={Uri.EscapeDataString("司马")}&status=received&overdue=false"));
        Assert.Equal(Id(received), Id(Assert.Single(stillReceived.GetProperty("items").EnumerateArray())));
        Assert.Equal(1, stillReceived.GetProperty("total").GetInt32());
    }
}
