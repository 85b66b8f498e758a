namespace RegistrationFlow.Cluster;

/// <summary>Where the repository's pieces are: found by walking up from this assembly to <c>RegistrationFlow.sln</c>.</summary>
public sealed class RepositoryLayout(string root)
{
    public string Root { get; } = root;

    public string WebFolder => Path.Combine(Root, "src", "RegistrationFlow.Web", "bin", "Release", "net10.0");
    public string WebAssembly => Path.Combine(WebFolder, "RegistrationFlow.Web.dll");
    public string Workflows => Path.Combine(Root, "workflows");
    public string NginxConfiguration => Path.Combine(Root, "deploy", "nginx", "registrationflow.conf");

    public static RepositoryLayout Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RegistrationFlow.sln"))) return new RepositoryLayout(dir.FullName);
        }
        throw new InvalidOperationException($"RegistrationFlow.sln not found above {AppContext.BaseDirectory}");
    }

    public void RequireBuiltWebApp()
    {
        if (!File.Exists(WebAssembly))
            throw new InvalidOperationException(
                $"{WebAssembly} is missing: build the web app in Release first (dotnet build src/RegistrationFlow.Web -c Release; ./test.sh builds the solution).");
    }
}
