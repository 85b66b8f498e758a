using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace RegistrationFlow.Cluster.Processes;

/// <summary>
/// nginx in front of the nodes with the shipped <c>deploy/nginx/registrationflow.conf</c>: a small generated top-level
/// nginx.conf (foreground, pid, logs and temp paths in the run's folder) includes a copy of the shipped file in which
/// only the marked lines are replaced — the upstreams' server lines by the nodes' ports, the listen line by a free port
/// of 127.0.0.1.
/// </summary>
public sealed partial class NginxProcess : IDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly string _folder;
    private Process? _process;

    public NginxProcess(string folder)
    {
        _folder = Path.Combine(folder, "nginx");
        Port = ProcessTools.FreePort();
    }

    public int Port { get; }
    public Uri Address => new($"http://127.0.0.1:{Port}/");
    public string ErrorLog => Path.Combine(_folder, "error.log");
    public string AccessLog => Path.Combine(_folder, "access.log");

    /// <summary>The shipped file with the marked blocks replaced: every upstream lists <paramref name="nodePorts"/>, the server listens on <paramref name="listenPort"/>.</summary>
    public static string Configure(string shipped, IReadOnlyList<int> nodePorts, int listenPort)
    {
        var nodes = NodesBlock().Replace(shipped, match =>
        {
            var indent = match.Groups["indent"].Value;
            var parameters = ServerParameters().Match(match.Groups["body"].Value) is { Success: true } server ? server.Groups["parameters"].Value : "";
            var lines = new StringBuilder();
            lines.Append(indent).Append("# nodes:begin\n");
            foreach (var port in nodePorts) lines.Append(indent).Append($"server 127.0.0.1:{port}{parameters};\n");
            lines.Append(indent).Append("# nodes:end");
            return lines.ToString();
        });
        if (nodes == shipped) throw new InvalidOperationException("the nginx configuration has no '# nodes:begin' … '# nodes:end' block");
        var listen = ListenBlock().Replace(nodes, match =>
        {
            var indent = match.Groups["indent"].Value;
            return $"{indent}# listen:begin\n{indent}listen 127.0.0.1:{listenPort};\n{indent}# listen:end";
        });
        if (listen == nodes) throw new InvalidOperationException("the nginx configuration has no '# listen:begin' … '# listen:end' block");
        return listen;
    }

    public void Start(string shippedConfiguration, IReadOnlyList<int> nodePorts)
    {
        Directory.CreateDirectory(_folder);
        foreach (var temp in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" }) Directory.CreateDirectory(Path.Combine(_folder, temp));
        var site = Path.Combine(_folder, "registrationflow.conf");
        File.WriteAllText(site, Configure(File.ReadAllText(shippedConfiguration), nodePorts, Port));
        var main = Path.Combine(_folder, "nginx.conf");
        // As root nginx would hand its workers to "nobody": keep them the current user, who owns the folder.
        var user = Environment.UserName == "root" ? "user root;\n" : "";
        File.WriteAllText(main, $$"""
            # Generated for one fault run; the site is deploy/nginx/registrationflow.conf with the ports filled in.
            daemon off;
            {{user}}worker_processes 1;
            pid {{_folder}}/nginx.pid;
            error_log {{ErrorLog}} warn;
            events { worker_connections 1024; }
            http {
                access_log {{AccessLog}};
                client_body_temp_path {{_folder}}/client_body;
                proxy_temp_path {{_folder}}/proxy;
                fastcgi_temp_path {{_folder}}/fastcgi;
                uwsgi_temp_path {{_folder}}/uwsgi;
                scgi_temp_path {{_folder}}/scgi;
                include {{site}};
            }
            """);
        var start = new ProcessStartInfo(Executable())
        {
            UseShellExecute = false,
            RedirectStandardOutput = false,
            RedirectStandardError = false,
        };
        foreach (var argument in new[] { "-p", _folder, "-c", main, "-e", ErrorLog }) start.ArgumentList.Add(argument);
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start nginx");
    }

    public Task WaitReadyAsync(TimeSpan timeout) => ProcessTools.WaitUntilAsync(async () =>
    {
        if (_process is null || _process.HasExited)
            throw new InvalidOperationException($"nginx exited (code {_process?.ExitCode}):\n{ProcessTools.Tail(ErrorLog)}");
        try
        {
            using var response = await Probe.GetAsync(new Uri(Address, "api/auth/me"));
            return (int)response.StatusCode is not (502 or 503 or 504);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }, timeout, () => $"nginx on port {Port} did not pass a request to a node:\n{ProcessTools.Tail(ErrorLog)}");

    private static string Executable()
    {
        foreach (var candidate in new[] { "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx" })
            if (File.Exists(candidate)) return candidate;
        throw new InvalidOperationException("nginx is not installed (scripts/install-test-dependencies.sh installs it)");
    }

    public void Dispose()
    {
        try
        {
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true); // the master and its worker
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // exited meanwhile
        }
        _process?.Dispose();
        _process = null;
    }

    [GeneratedRegex(@"(?<indent>[ \t]*)# nodes:begin[^\n]*\n(?<body>.*?)[ \t]*# nodes:end", RegexOptions.Singleline)]
    private static partial Regex NodesBlock();

    [GeneratedRegex(@"server\s+\S+?(?<parameters>(\s+[^;\s]+)*);")]
    private static partial Regex ServerParameters();

    [GeneratedRegex(@"(?<indent>[ \t]*)# listen:begin[^\n]*\n.*?[ \t]*# listen:end", RegexOptions.Singleline)]
    private static partial Regex ListenBlock();
}
