namespace RegistrationFlow.IntegrationTests.Hosting;

/// <summary>A database that cannot be used stops start-up with a message that says which and why.</summary>
[Trait(StorageTraits.Name, StorageTraits.Sqlite)] // the hosts name their own storage: one run of the suite is enough
public sealed class StorageStartupTests
{
    private sealed class HostWith(params (string Key, string Value)[] settings) : ServiceHost(NewFolder(), Start)
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => settings.Select(s => KeyValuePair.Create(s.Key, s.Value));
    }

    [Fact]
    public async Task An_unknown_provider_is_refused_naming_the_ones_there_are()
    {
        await using var host = new HostWith(("Database:Provider", "Oracle"));

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(host.InitializeAsync);

        Assert.Contains("Database:Provider 'Oracle' is not supported", error.Message);
        Assert.Contains("PostgreSql", error.Message);
    }

    [Fact]
    public async Task An_unreachable_postgresql_database_is_refused_naming_where_it_was_looked_for()
    {
        await using var host = new HostWith(("Database:Provider", "PostgreSql"),
            ("ConnectionStrings:Registration", "Host=127.0.0.1;Port=1;Database=registration;Username=registration;Password=x;Timeout=3"));

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(host.InitializeAsync);

        Assert.Contains("Cannot reach the PostgreSQL database registration at 127.0.0.1:1 as registration", error.Message);
    }

    [Fact]
    public async Task Postgresql_without_a_connection_string_is_refused()
    {
        await using var host = new HostWith(("Database:Provider", "PostgreSql"), ("ConnectionStrings:Registration", ""));

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(host.InitializeAsync);

        Assert.Contains("ConnectionStrings:Registration is empty", error.Message);
    }

    [Fact]
    public async Task A_sqlite_file_in_use_by_a_running_node_is_refused_to_a_second_one_and_free_again_once_it_stops()
    {
        var folder = ServiceHost.NewFolder();
        var first = new HostOnFolder(folder, ServiceHost.Start) { KeepFolder = true };
        await first.InitializeAsync();

        await using (var second = new HostOnFolder(folder, ServiceHost.Start) { KeepFolder = true })
        {
            var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(second.InitializeAsync);
            Assert.Contains("is already used by another process", error.Message);
            Assert.Contains("registration.db.lock", error.Message);
        }

        await ((IAsyncLifetime)first).DisposeAsync();
        await using var again = new HostOnFolder(folder, ServiceHost.Start);
        await again.InitializeAsync();
        Assert.NotNull(await again.SignInAsync("clerk"));
    }
}
