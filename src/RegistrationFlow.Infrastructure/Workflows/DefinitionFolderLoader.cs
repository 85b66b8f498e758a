using Microsoft.Extensions.Logging;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Infrastructure.Workflows;

public sealed record DefinitionLoadReport(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Published,
    int Unchanged,
    IReadOnlyList<DefinitionLoadProblem> Problems);

/// <summary>
/// Loads the definition files at the top of the workflows folder (<c>*.yaml</c>, <c>*.yml</c>, <c>*.json</c>; not
/// calendar/, office/ or schema/) into the store. A valid new file becomes a version, published when its workflow has
/// none published or it is newer than the published one; an unchanged file does nothing; a changed file whose
/// (id, version) is stored, or a broken file, is reported and skipped; the rest load. The catalog is rebuilt at the end.
/// </summary>
public sealed class DefinitionFolderLoader(DefinitionStore store, WorkflowCatalog catalog,
    Persistence.RegistrationDbContext db, ILogger<DefinitionFolderLoader> logger)
{
    public const string SystemActor = "system";
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];
    private static readonly DefinitionValidationOptions FileOptions = DefinitionValidationOptions.Default with { RequireFileNameToMatch = true };

    public async Task<DefinitionLoadReport> LoadAsync(WorkflowsFolder folder, CancellationToken cancellationToken = default)
    {
        var added = new List<string>();
        var published = new List<string>();
        var unchanged = 0;
        var problems = new List<DefinitionLoadProblem>();

        var files = Directory.Exists(folder.Path)
            ? Directory.EnumerateFiles(folder.Path)
                .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
            logger.LogWarning("No workflow definition files in {Folder}; set {Key} to the workflows folder.", folder.Path, WorkflowsFolder.ConfigurationKey);

        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            var result = await store.AddAsync(await File.ReadAllTextAsync(path, cancellationToken), name, SystemActor, FileOptions, cancellationToken);
            switch (result.Outcome)
            {
                case StoreOutcome.Invalid:
                    problems.Add(result.Problem!);
                    logger.LogError("Skipped the workflow definition {File}:{NewLine}{Problems}", name, Environment.NewLine, result.Problem);
                    continue;
                case StoreOutcome.VersionConflict:
                    problems.Add(result.Problem!);
                    logger.LogError("Refused the workflow definition {File}: {Problem}", name, result.Problem);
                    continue;
                case StoreOutcome.Added:
                    added.Add($"{result.Definition!.Id} v{result.Definition.Version}");
                    break;
                default:
                    unchanged++;
                    break;
            }

            var definition = result.Definition!;
            var current = await store.PublishedVersionAsync(definition.Id, cancellationToken);
            if (current is null || definition.Version > current)
            {
                await store.PublishAsync(definition.Id, definition.Version, SystemActor, cancellationToken);
                published.Add($"{definition.Id} v{definition.Version}");
            }
        }

        var compileProblems = await catalog.ReloadAsync(db, cancellationToken);
        foreach (var problem in compileProblems)
            logger.LogError("A stored workflow version was left out: {Problem}", problem);
        problems.AddRange(compileProblems);
        catalog.SetLoadProblems(problems);

        logger.LogInformation(
            "Workflow definitions from {Folder}: {Added} added, {Published} published, {Unchanged} unchanged, {Problems} refused; published now: {Catalog}",
            folder.Path, added.Count, published.Count, unchanged, problems.Count,
            string.Join(", ", catalog.PublishedWorkflows.Select(e => $"{e.Id} v{e.Version}")));
        return new DefinitionLoadReport(added, published, unchanged, problems);
    }
}
