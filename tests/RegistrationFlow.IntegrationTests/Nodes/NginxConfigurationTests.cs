using RegistrationFlow.Cluster;
using RegistrationFlow.Cluster.Processes;

namespace RegistrationFlow.IntegrationTests.Nodes;

/// <summary>The shipped nginx configuration as the fault test fills it in: only the marked lines change.</summary>
public sealed class NginxConfigurationTests
{
    private static readonly string Shipped = File.ReadAllText(RepositoryLayout.Find().NginxConfiguration);

    [Fact]
    public void The_harness_puts_its_nodes_in_both_upstreams_and_its_port_in_listen_and_changes_nothing_else()
    {
        var configured = NginxProcess.Configure(Shipped, [41001, 41002], 42000);

        Assert.Equal(2, configured.Split("server 127.0.0.1:41001 max_fails=1 fail_timeout=10s;").Length - 1);
        Assert.Equal(2, configured.Split("server 127.0.0.1:41002 max_fails=1 fail_timeout=10s;").Length - 1);
        Assert.DoesNotContain("5081", configured);
        Assert.Contains("listen 127.0.0.1:42000;", configured);
        Assert.DoesNotContain("listen 80;", configured);
        Assert.Equal(Strip(Shipped), Strip(configured));
    }

    [Fact]
    public void The_shipped_file_keeps_blazor_sticky_and_never_retries_a_post()
    {
        Assert.Contains("proxy_next_upstream error timeout http_502;", Shipped);
        Assert.DoesNotContain("non_idempotent", Shipped.Split('\n').Where(l => !l.TrimStart().StartsWith('#')));
        Assert.Matches(@"upstream registrationflow_blazor \{\s*ip_hash;", Shipped);
        Assert.Contains("location /_blazor", Shipped);
        Assert.Contains("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;", Shipped);
    }

    /// <summary>The configuration without the lines the harness replaces.</summary>
    private static string Strip(string text) => string.Join('\n', text.Split('\n')
        .Where(l => !l.TrimStart().StartsWith("server 127.0.0.1:", StringComparison.Ordinal) && !l.TrimStart().StartsWith("listen ", StringComparison.Ordinal)));
}
