using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Search;
using RegistrationFlow.IntegrationTests.Hosting;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>
/// The search key: outside Development the service does not start without its own; the code-written terms of stored
/// applications are (re)built at start-up — after the upgrade that introduced them, and for a new key.
/// </summary>
public sealed class SearchIndexKeyTests
{
    /// <summary>Base64 of 32 bytes other than the suite's key.</summary>
    private const string OtherKey = "YW5vdGhlciBzZWFyY2gga2V5LCAzMiBieXRlcyBsb25nIQ==";

    [Theory]
    [InlineData("", "needs this installation's own key: set Search:IdentityKey")]
    [InlineData("c2hvcnQ=", "must hold at least 32 bytes")]
    [InlineData(SearchIndexKey.DevelopmentKeyBase64, "development key published in the source")]
    public void Production_refuses_to_start_without_a_key_of_its_own(string key, string message)
    {
        using var host = new KeyedHost(ServiceHost.NewFolder(), key, "Production");

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(message, error.GetBaseException().Message);
    }

    [Fact]
    public async Task Start_up_builds_the_terms_again_for_a_new_key_and_after_they_were_lost()
    {
        var folder = ServiceHost.NewFolder();
        var buyer = SearchNumbers.ResidentId(901);
        Guid id;
        await using (var first = new KeyedHost(folder, ServiceHost.SearchKey) { KeepFolder = true })
        {
            await first.InitializeAsync();
            var clerk = first.CreateClient(await first.SignInAsync("clerk"));
            var body = CommercialBody();
            body["parties"]![0]!["idNumber"] = buyer;
            id = Id(await CreateAsync(clerk, body));
        }

        var second = new KeyedHost(folder, OtherKey);
        try
        {
            await second.InitializeAsync();
            var clerk = second.CreateClient(await second.SignInAsync("clerk"));
            Assert.Equal([id], await FindAsync(clerk, buyer));
            // As after the upgrade that introduced them: no code-written terms, no stamp. Start-up's builder makes them.
            await second.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<RegistrationDbContext>();
                await db.ApplicationSearchTerms.Where(t => SearchTermRows.Kinds.Contains(t.Kind)).ExecuteDeleteAsync();
                await db.SearchIndexStamps.ExecuteDeleteAsync();
            });
            Assert.Empty(await FindAsync(clerk, buyer));
            Assert.Equal(1, await second.InScopeAsync(services => services.GetRequiredService<SearchIndexBuilder>().EnsureCurrentAsync()));
            Assert.Null(await second.InScopeAsync(services => services.GetRequiredService<SearchIndexBuilder>().EnsureCurrentAsync()));
            Assert.Equal([id], await FindAsync(clerk, buyer));
            Assert.Equal([id], await FindAsync(clerk, "崇和路"));
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync(); // the folder and the database go with it
        }
    }

    private static async Task<HashSet<Guid>> FindAsync(HttpClient client, string q)
    {
        var page = await ReadAsync(await client.GetAsync($"/api/applications?pageSize=100&q={Uri.EscapeDataString(q)}"));
        return page.GetProperty("items").EnumerateArray().Select(Id).ToHashSet();
    }

    private sealed class KeyedHost(string folder, string key, string environment = "Development") : ServiceHost(folder, Start)
    {
        protected override string EnvironmentName => environment;
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Search:IdentityKey", key)];
    }
}
