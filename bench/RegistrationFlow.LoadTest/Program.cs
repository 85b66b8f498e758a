using RegistrationFlow.LoadTest.Api;
using RegistrationFlow.LoadTest.Options;
using RegistrationFlow.LoadTest.Reporting;
using RegistrationFlow.LoadTest.Running;

var parsed = LoadTestArguments.Parse(args);
if (parsed.ShowHelp)
{
    Console.WriteLine(LoadTestArguments.Usage);
    return 0;
}
if (parsed.Options is not { } options)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error}");
    Console.Error.WriteLine();
    Console.Error.WriteLine(LoadTestArguments.Usage);
    return 2;
}

using var handler = new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.Users + 4,
    PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
    ConnectTimeout = TimeSpan.FromSeconds(5),
    UseCookies = false,
};

// The first Ctrl-C stops starting new work and still prints the figures; a second one ends the process.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (stop.IsCancellationRequested) return;
    e.Cancel = true;
    Console.Error.WriteLine("stopping: finishing the requests in flight…");
    stop.Cancel();
};

try
{
    var result = await new LoadRunner(options, handler, Console.Error).RunAsync(stop.Token);
    LoadReport.Write(result, Console.Out);
    return result.Errors == 0 ? 0 : 1;
}
catch (LoadTestException error)
{
    Console.Error.WriteLine($"error: {error.Message}");
    return 3;
}
catch (HttpRequestException error)
{
    Console.Error.WriteLine($"error: cannot reach {options.Url}: {error.Message}");
    return 3;
}
