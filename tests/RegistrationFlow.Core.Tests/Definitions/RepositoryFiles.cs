namespace RegistrationFlow.Core.Tests.Definitions;

/// <summary>Finds the repository's own files (the tests run from bin/; the core itself never reads files).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string WorkflowsFolder => Path.Combine(Root, "workflows");

    public static string SchemaPath => Path.Combine(WorkflowsFolder, "schema", "workflow.schema.json");

    public static IReadOnlyList<string> ShippedWorkflows() =>
        Directory.GetFiles(WorkflowsFolder, "*.yaml").Order(StringComparer.Ordinal).ToList();

    public static string Workflow(string fileName) => File.ReadAllText(Path.Combine(WorkflowsFolder, fileName));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RegistrationFlow.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No RegistrationFlow.sln above {AppContext.BaseDirectory}");
    }
}
