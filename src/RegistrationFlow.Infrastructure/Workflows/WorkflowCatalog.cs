using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.Infrastructure.Workflows;

/// <summary>One stored version, compiled once: what the engine runs and what the API shows.</summary>
public sealed record CatalogEntry(WorkflowDefinition Definition, CompiledWorkflow Compiled, string ContentHash, bool Published)
{
    public string Id => Definition.Id;
    public int Version => Definition.Version;
}

/// <summary>
/// Every stored definition version, compiled, keyed by (id, version), with the published version of each id.
/// Built from the database at start-up and rebuilt after every publish; requests only look up, never compile.
/// Thread-safe: readers see one consistent snapshot, replaced whole.
/// </summary>
public sealed class WorkflowCatalog
{
    private volatile Snapshot _snapshot = Snapshot.Empty;
    private volatile IReadOnlyList<DefinitionLoadProblem> _loadProblems = [];

    /// <summary>The version an application pinned to (id, version) runs on, published or not.</summary>
    public bool TryGet(string workflowId, int version, out CatalogEntry entry) =>
        _snapshot.Versions.TryGetValue((workflowId, version), out entry!);

    /// <summary>The published version of a workflow: the one new applications start on.</summary>
    public bool TryGetPublished(string workflowId, out CatalogEntry entry) =>
        _snapshot.Published.TryGetValue(workflowId, out entry!);

    /// <summary>The published version of each workflow, ordered by id.</summary>
    public IReadOnlyList<CatalogEntry> PublishedWorkflows => _snapshot.PublishedList;

    /// <summary>Every stored version, ordered by id then version.</summary>
    public IReadOnlyList<CatalogEntry> AllVersions => _snapshot.All;

    /// <summary>What went wrong when the workflows folder was last loaded: broken files and refused changes.</summary>
    public IReadOnlyList<DefinitionLoadProblem> LoadProblems => _loadProblems;

    internal void SetLoadProblems(IReadOnlyList<DefinitionLoadProblem> problems) => _loadProblems = problems;

    /// <summary>Reads every stored version and compiles it; a version that no longer compiles is reported and left out.</summary>
    public async Task<IReadOnlyList<DefinitionLoadProblem>> ReloadAsync(RegistrationDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = await db.DefinitionVersions.AsNoTracking()
            .Select(d => new { d.WorkflowId, d.Version, d.Content, d.ContentHash, d.SourceFile, d.Published })
            .ToListAsync(cancellationToken);

        var previous = _snapshot.Versions;
        var versions = new Dictionary<(string, int), CatalogEntry>();
        var problems = new List<DefinitionLoadProblem>();
        foreach (var row in rows)
        {
            // A version's text never changes once stored: reuse the compiled form when the hash agrees.
            if (previous.TryGetValue((row.WorkflowId, row.Version), out var known) && known.ContentHash == row.ContentHash)
            {
                versions[(row.WorkflowId, row.Version)] = known with { Published = row.Published };
                continue;
            }
            var name = row.SourceFile ?? $"{row.WorkflowId}.v{row.Version}";
            var read = DefinitionReader.Read(row.Content, name);
            if (read.Definition is null)
            {
                problems.Add(DefinitionLoadProblem.Broken(name, read.Problems));
                continue;
            }
            if (!CompiledWorkflow.TryCompile(read.Definition, out var compiled, out var compileProblems))
            {
                problems.Add(DefinitionLoadProblem.DoesNotCompile(name, compileProblems));
                continue;
            }
            versions[(row.WorkflowId, row.Version)] = new CatalogEntry(read.Definition, compiled!, row.ContentHash, row.Published);
        }
        _snapshot = new Snapshot(versions);
        return problems;
    }

    private sealed class Snapshot
    {
        public static readonly Snapshot Empty = new(new Dictionary<(string, int), CatalogEntry>());

        public Snapshot(Dictionary<(string, int), CatalogEntry> versions)
        {
            Versions = versions;
            All = versions.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Version).ToList();
            Published = All.Where(e => e.Published).ToDictionary(e => e.Id, StringComparer.Ordinal);
            PublishedList = All.Where(e => e.Published).ToList();
        }

        public Dictionary<(string, int), CatalogEntry> Versions { get; }
        public Dictionary<string, CatalogEntry> Published { get; }
        public IReadOnlyList<CatalogEntry> All { get; }
        public IReadOnlyList<CatalogEntry> PublishedList { get; }
    }
}
