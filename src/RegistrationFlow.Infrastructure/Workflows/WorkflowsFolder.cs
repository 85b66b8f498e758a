using Microsoft.Extensions.Configuration;

namespace RegistrationFlow.Infrastructure.Workflows;

/// <summary>
/// Where the workflows folder is: definitions (<c>*.yaml</c>), <c>calendar/</c> (holiday data), <c>office/hours.json</c>
/// and <c>schema/</c>. The host copies nothing; it points at the one folder.
/// </summary>
public sealed record WorkflowsFolder(string Path)
{
    public const string ConfigurationKey = "Workflows:Path";
    public const string FolderName = "workflows";
    private const string SolutionFile = "RegistrationFlow.sln";

    public string CalendarFolder => System.IO.Path.Combine(Path, "calendar");
    public string OfficeHoursFile => System.IO.Path.Combine(Path, "office", "hours.json");

    /// <summary>
    /// "Workflows:Path" when set (relative to the content root); otherwise the <c>workflows/</c> folder beside
    /// RegistrationFlow.sln found by walking up from the content root; otherwise <c>&lt;content root&gt;/workflows</c>.
    /// </summary>
    public static WorkflowsFolder Resolve(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
            return new WorkflowsFolder(System.IO.Path.GetFullPath(configured, contentRoot));

        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, FolderName);
            if (File.Exists(System.IO.Path.Combine(folder.FullName, SolutionFile)) && Directory.Exists(candidate))
                return new WorkflowsFolder(candidate);
        }
        return new WorkflowsFolder(System.IO.Path.Combine(System.IO.Path.GetFullPath(contentRoot), FolderName));
    }
}
