using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.Infrastructure.Workflows;

/// <summary>
/// Keeps this node's workflow catalog in step with the database: when another node stored or published a version,
/// the catalog is read again (versions already compiled are reused).
/// </summary>
public sealed class DefinitionRefresher(IServiceScopeFactory scopes, WorkflowCatalog catalog, ILogger<DefinitionRefresher> logger)
{
    /// <returns>True when the catalog was read again.</returns>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
        var stored = await db.DefinitionVersions.AsNoTracking()
            .Select(d => new { d.WorkflowId, d.Version, d.Published, d.ContentHash }).ToListAsync(cancellationToken);
        var known = catalog.AllVersions.Select(e => (e.Id, e.Version, e.Published, e.ContentHash)).ToHashSet();
        if (stored.Count == known.Count && stored.All(d => known.Contains((d.WorkflowId, d.Version, d.Published, d.ContentHash))))
            return false;
        var problems = await catalog.ReloadAsync(db, cancellationToken);
        logger.LogInformation("Workflow catalog reloaded from the database: {Count} version(s), {Problems} problem(s).", catalog.AllVersions.Count, problems.Count);
        return true;
    }
}
