using RegistrationFlow.LoadTest.Options;

namespace RegistrationFlow.LoadTest.Tests.LoadTest;

public sealed class LoadTestArgumentsTests
{
    [Fact]
    public void The_documented_command_line_is_read_in_full()
    {
        var parsed = LoadTestArguments.Parse(["--url", "http://127.0.0.1:5090", "--users", "64", "--duration", "60", "--rate", "200"]);

        var options = Assert.IsType<LoadTestOptions>(parsed.Options);
        Assert.Empty(parsed.Errors);
        Assert.Equal(new Uri("http://127.0.0.1:5090/"), options.Url);
        Assert.Equal(64, options.Users);
        Assert.Equal(TimeSpan.FromSeconds(60), options.Duration);
        Assert.Equal(200, options.Rate);
        Assert.Null(options.Lifecycles);
        Assert.Equal(LoadMode.Lifecycle, options.Mode);
        Assert.True(options.HandOver);
    }

    [Fact]
    public void Key_equals_value_is_accepted_too()
    {
        var options = LoadTestArguments.Parse(["--url=http://localhost:5080", "--lifecycles=500", "--no-handover", "--pickup-timeout=5"]).Options!;

        Assert.Equal(500, options.Lifecycles);
        Assert.Null(options.Duration);
        Assert.False(options.HandOver);
        Assert.Equal(TimeSpan.FromSeconds(5), options.PickupTimeout);
    }

    [Fact]
    public void Without_a_duration_or_count_a_lifecycle_run_lasts_the_default_duration()
    {
        var options = LoadTestArguments.Parse(["--url", "http://localhost:5080"]).Options!;

        Assert.Equal(LoadTestOptions.DefaultDuration, options.Duration);
        Assert.Equal(10, options.Users);
        Assert.Null(options.Rate);
    }

    [Fact]
    public void Backlog_mode_reads_its_targets_and_has_no_default_duration()
    {
        var options = LoadTestArguments.Parse(["--url", "http://[::1]:5090", "--mode", "backlog", "--backlog", "100_000", "--history", "1000000", "--users", "32"]).Options!;

        Assert.Equal(LoadMode.Backlog, options.Mode);
        Assert.Equal(100_000, options.Backlog);
        Assert.Equal(1_000_000, options.History);
        Assert.Null(options.Duration);
    }

    [Theory]
    [InlineData("http://192.168.1.10:5080", "192.168.1.10")]
    [InlineData("http://example.com", "example.com")]
    [InlineData("http://10.0.0.1", "10.0.0.1")]
    [InlineData("https://registration.linhai.gov.cn", "registration.linhai.gov.cn")]
    public void A_url_off_this_machine_is_refused_naming_the_host(string url, string host)
    {
        var parsed = LoadTestArguments.Parse(["--url", url]);

        Assert.Null(parsed.Options);
        var error = Assert.Single(parsed.Errors);
        Assert.Contains("only targets this machine", error);
        Assert.Contains(host, error);
    }

    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("http://LOCALHOST")]
    [InlineData("http://127.0.0.1:5090")]
    [InlineData("http://127.0.0.2:5090")]
    [InlineData("http://[::1]:5090")]
    public void Loopback_urls_are_accepted(string url)
    {
        Assert.NotNull(LoadTestArguments.Parse(["--url", url]).Options);
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        var parsed = LoadTestArguments.Parse(["--users", "0", "--duration", "ten", "--mode", "soak", "--colour", "red"]);

        Assert.Null(parsed.Options);
        Assert.Contains(parsed.Errors, e => e.Contains("--url is required"));
        Assert.Contains(parsed.Errors, e => e.Contains("--users must be a whole number") && e.Contains("'0'"));
        Assert.Contains(parsed.Errors, e => e.Contains("--duration must be a number") && e.Contains("'ten'"));
        Assert.Contains(parsed.Errors, e => e.Contains("--mode must be lifecycle or backlog, not 'soak'"));
        Assert.Contains(parsed.Errors, e => e.Contains("Unknown option --colour"));
    }

    [Theory]
    [InlineData(new[] { "--url", "http://localhost", "--duration", "10", "--lifecycles", "5" }, "either --duration or --lifecycles")]
    [InlineData(new[] { "--url", "http://localhost", "--backlog", "5" }, "belong to --mode backlog")]
    [InlineData(new[] { "--url", "http://localhost", "--mode", "backlog" }, "needs --backlog N and/or --history N")]
    [InlineData(new[] { "--url", "http://localhost", "--mode", "backlog", "--history", "5", "--no-handover" }, "cannot be combined with --no-handover")]
    [InlineData(new[] { "--url", "http://localhost", "--users" }, "--users needs a value")]
    [InlineData(new[] { "--url", "http://localhost", "--users", "4", "--users", "5" }, "more than once")]
    [InlineData(new[] { "--url", "ftp://localhost" }, "http:// or https://")]
    public void Contradictions_and_gaps_are_refused(string[] args, string expected)
    {
        var parsed = LoadTestArguments.Parse(args);

        Assert.Null(parsed.Options);
        Assert.Contains(parsed.Errors, e => e.Contains(expected));
    }

    [Fact]
    public void Help_wins_over_everything_else()
    {
        var parsed = LoadTestArguments.Parse(["--help", "--users", "x"]);

        Assert.True(parsed.ShowHelp);
        Assert.Contains("RESULT actions_per_s=<n>", LoadTestArguments.Usage);
    }
}
