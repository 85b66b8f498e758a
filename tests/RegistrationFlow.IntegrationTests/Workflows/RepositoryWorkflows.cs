namespace RegistrationFlow.IntegrationTests.Workflows;

/// <summary>The shipped definition files, read from the repository's workflows folder.</summary>
internal static class RepositoryWorkflows
{
    public static string Text(string fileName)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "workflows", fileName);
            if (File.Exists(Path.Combine(folder.FullName, "RegistrationFlow.sln")) && File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }
        throw new FileNotFoundException($"workflows/{fileName} not found above {AppContext.BaseDirectory}");
    }

    public static string CommercialV1 => Text("commercial-housing-transfer.v1.yaml");

    /// <summary>Version 2 of the new-build transfer with an earlier same-day cut-off (15:00).</summary>
    public static string CommercialV2 => CommercialV1
        .Replace("version: 1\n", "version: 2\n").Replace("version: 1\r\n", "version: 2\r\n")
        .Replace("cut-off: \"16:00\"", "cut-off: \"15:00\"");
}
