using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RegistrationFlow.Cluster.Processes;

/// <summary>Small helpers for the processes the harness runs: free ports, signals, bounded commands.</summary>
public static class ProcessTools
{
    /// <summary>Ports the harness never takes: 5060 (SIP, refused by browsers) and the product's default 5080.</summary>
    private static readonly HashSet<int> Avoided = [5060, 5080];

    /// <summary>A free TCP port on 127.0.0.1 (the kernel's choice, released at once for the process to bind).</summary>
    public static int FreePort()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            if (!Avoided.Contains(port)) return port;
        }
    }

    /// <summary>Sends a signal by name (STOP, CONT, KILL) with the kill command.</summary>
    public static void Signal(int processId, string signal)
    {
        var result = Run("kill", ["-" + signal, processId.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        if (result.ExitCode != 0) throw new InvalidOperationException($"kill -{signal} {processId} failed: {result.Output}");
    }

    public sealed record CommandResult(int ExitCode, string Output);

    /// <summary>Runs a command to its end (killed after <paramref name="timeout"/>) and returns its exit code and output.</summary>
    public static CommandResult Run(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new CommandResult(-1, $"{file} did not finish within {timeout.TotalSeconds} s");
        }
        return new CommandResult(process.ExitCode, (output.Result + error.Result).Trim());
    }

    /// <summary>The last lines of a log file, for an error message.</summary>
    public static string Tail(string path, int lines = 30)
    {
        if (!File.Exists(path)) return "(no log)";
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException e)
        {
            return $"(log unreadable: {e.Message})";
        }
    }

    /// <summary>
    /// Asks <paramref name="attempt"/> until it gives an answer (not null), polling, for at most <paramref name="timeout"/>;
    /// null when it never did.
    /// </summary>
    public static async Task<T?> FirstAnswerAsync<T>(Func<Task<T?>> attempt, TimeSpan timeout, CancellationToken cancellation = default)
        where T : class
    {
        T? answer = null;
        try
        {
            await WaitUntilAsync(async () => (answer = await attempt()) is not null, timeout, () => "", cancellation);
        }
        catch (TimeoutException)
        {
        }
        return answer;
    }

    /// <summary>Waits until <paramref name="probe"/> answers true, polling, or throws after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> probe, TimeSpan timeout, Func<string> describe, CancellationToken cancellation = default)
    {
        var deadline = Stopwatch.StartNew();
        while (!await probe())
        {
            if (deadline.Elapsed > timeout) throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s: {describe()}");
            await Task.Delay(200, cancellation);
        }
    }
}
