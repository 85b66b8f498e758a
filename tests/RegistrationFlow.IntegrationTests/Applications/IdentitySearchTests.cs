using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Registration.Identifiers;
using RegistrationFlow.Core.Registration.Search;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.IntegrationTests.Hosting;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>
/// A party's whole resident ID or credit code finds its applications through the keyed digests of the search index —
/// which holds no number in clear — and every such search is audited with the number masked.
/// </summary>
public sealed class IdentitySearchTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private static JsonObject Body(string buyerId, string sellerCode)
    {
        var body = CommercialBody();
        body["parties"]![0]!["idNumber"] = buyerId;
        body["parties"]![1]!["idNumber"] = sellerCode;
        return body;
    }

    private static async Task<(HashSet<Guid> Ids, string Body)> FindAsync(HttpClient client, string q)
    {
        var response = await client.GetAsync($"/api/applications?pageSize=100&q={Uri.EscapeDataString(q)}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var page = JsonDocument.Parse(text).RootElement;
        var ids = page.GetProperty("items").EnumerateArray().Select(Id).ToHashSet();
        Assert.Equal(ids.Count, page.GetProperty("total").GetInt32());
        return (ids, text);
    }

    private Task<List<AuditRecord>> IdentitySearchRecordsAsync() => host.DbAsync(db => db.AuditRecords.AsNoTracking()
        .Where(r => r.Action == AuditActions.IdentitySearch).OrderBy(r => r.Sequence).ToListAsync());

    [Fact]
    public async Task A_whole_id_number_finds_its_applications_and_the_search_is_audited_with_the_number_masked()
    {
        var clerk = await host.ClientAsync("clerk");
        var (buyer, other) = (SearchNumbers.ResidentId(101), SearchNumbers.ResidentId(102));
        var a = Id(await CreateAsync(clerk, Body(buyer, SearchNumbers.CreditCode(101))));
        var b = Id(await CreateAsync(clerk, Body(other, SearchNumbers.CreditCode(102))));
        var before = (await IdentitySearchRecordsAsync()).Count;

        Assert.Equal([a], (await FindAsync(clerk, buyer)).Ids);
        Assert.Equal([a], (await FindAsync(clerk, $" {buyer.ToLowerInvariant()} ")).Ids); // as typed: spaces, lower-case x
        Assert.Equal([b], (await FindAsync(clerk, other)).Ids);

        var records = (await IdentitySearchRecordsAsync()).Skip(before).ToList();
        Assert.Equal(3, records.Count);
        var first = records[0];
        Assert.Equal("clerk", first.Actor);
        Assert.Null(first.ApplicationId);
        var detail = JsonDocument.Parse(first.Detail!).RootElement;
        Assert.Equal(IdentitySearchNumber.ResidentId, detail.GetProperty("kind").GetString());
        Assert.Equal(IdentityNumberMask.Mask(buyer), detail.GetProperty("number").GetString());
        Assert.Equal(1, detail.GetProperty("found").GetInt32());
        Assert.All(records, r => Assert.DoesNotContain(buyer[6..14], r.Detail!)); // the birth date is among the hidden characters
        Assert.DoesNotContain(records, r => r.Detail!.Contains(buyer, StringComparison.OrdinalIgnoreCase) || r.Detail.Contains(other, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_credit_code_finds_the_company_s_applications()
    {
        var clerk = await host.ClientAsync("clerk");
        var code = SearchNumbers.CreditCode(201);
        var a = Id(await CreateAsync(clerk, Body(SearchNumbers.ResidentId(201), code)));
        var before = (await IdentitySearchRecordsAsync()).Count;

        Assert.Equal([a], (await FindAsync(clerk, code.ToLowerInvariant())).Ids);

        var record = Assert.Single((await IdentitySearchRecordsAsync()).Skip(before));
        var detail = JsonDocument.Parse(record.Detail!).RootElement;
        Assert.Equal(IdentitySearchNumber.CreditCode, detail.GetProperty("kind").GetString());
        Assert.Equal(IdentityNumberMask.Mask(code), detail.GetProperty("number").GetString());
    }

    [Fact]
    public async Task The_search_index_holds_keyed_digests_and_no_identity_number_in_clear()
    {
        var clerk = await host.ClientAsync("clerk");
        var (buyer, seller) = (SearchNumbers.ResidentId(301), SearchNumbers.CreditCode(301));
        var a = Id(await CreateAsync(clerk, Body(buyer, seller)));

        var terms = await host.DbAsync(db => db.ApplicationSearchTerms.AsNoTracking().ToListAsync());
        var numbers = await host.DbAsync(async db => (await db.Applications.AsNoTracking().ToListAsync())
            .SelectMany(x => x.Parties).Select(p => p.IdNumber).Distinct().ToList());
        Assert.Contains(buyer, numbers);
        foreach (var number in numbers)
        {
            Assert.DoesNotContain(terms, t => t.Term.Contains(number, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(terms, t => t.Term.Contains(number[..12], StringComparison.OrdinalIgnoreCase));
        }
        // The application's identity terms are the HMAC of each party's number under the installation's key.
        var key = Convert.FromBase64String(ServiceHost.SearchKey);
        var identity = terms.Where(t => t.ApplicationId == a && t.Kind == ApplicationSearchTerm.Identity).Select(t => t.Term).ToHashSet();
        Assert.Equal(new HashSet<string> { IdentityDigest.Of(key, buyer), IdentityDigest.Of(key, seller) }, identity);
    }

    [Theory]
    [InlineData(17)] // one character short
    [InlineData(12)] // the start of the number
    [InlineData(-1)] // a wrong check character
    public async Task A_partial_or_invalid_number_is_no_identity_search_and_finds_nothing(int length)
    {
        var clerk = await host.ClientAsync("clerk");
        var buyer = SearchNumbers.ResidentId(400 + (length + 1));
        await CreateAsync(clerk, Body(buyer, SearchNumbers.CreditCode(400 + (length + 1))));
        var before = (await IdentitySearchRecordsAsync()).Count;
        var q = length > 0 ? buyer[..length] : buyer[..17] + (buyer[17] == '1' ? '2' : '1');

        Assert.Empty((await FindAsync(clerk, q)).Ids);
        Assert.Equal(before, (await IdentitySearchRecordsAsync()).Count);
    }

    [Fact]
    public async Task A_manager_finds_by_id_number_and_sees_only_masked_numbers()
    {
        var clerk = await host.ClientAsync("clerk");
        var buyer = SearchNumbers.ResidentId(501);
        var a = Id(await CreateAsync(clerk, Body(buyer, SearchNumbers.CreditCode(501))));
        var manager = await host.ClientAsync("manager");

        var (ids, body) = await FindAsync(manager, buyer);

        Assert.Equal([a], ids);
        Assert.DoesNotContain(buyer, body); // summaries carry no identity numbers
        var party = (await GetAsync(manager, a)).GetProperty("parties")[0];
        Assert.Equal(IdentityNumberMask.Mask(buyer), party.GetProperty("idNumber").GetString());
        Assert.True(party.GetProperty("idNumberMasked").GetBoolean());
        var record = (await IdentitySearchRecordsAsync()).Last();
        Assert.Equal("manager", record.Actor);
        Assert.DoesNotContain(buyer, record.Detail!);
    }
}
