using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Workflows;

public sealed record WorkflowVersionRow(
    string WorkflowId, int Version, bool Published, string ContentHash, string? SourceFile,
    DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, string? PublishedBy);

/// <summary>The stored definition versions: the one read behind <c>/api/workflows</c> and the managers' workflow pages.</summary>
public sealed class WorkflowVersions(RegistrationDbContext db)
{
    private static readonly string[] Ended =
        [ApplicationStatuses.Completed, ApplicationStatuses.Refused, ApplicationStatuses.NotAccepted, ApplicationStatuses.Withdrawn];

    /// <summary>Every version of every workflow, without the text.</summary>
    public async Task<IReadOnlyList<WorkflowVersionRow>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.DefinitionVersions.AsNoTracking()
            .Select(d => new WorkflowVersionRow(d.WorkflowId, d.Version, d.Published, d.ContentHash, d.SourceFile, d.CreatedAt, d.PublishedAt, d.PublishedBy))
            .ToListAsync(cancellationToken);

    public Task<DefinitionVersion?> FindAsync(string workflowId, int version, CancellationToken cancellationToken = default) =>
        db.DefinitionVersions.AsNoTracking().SingleOrDefaultAsync(d => d.WorkflowId == workflowId && d.Version == version, cancellationToken);

    public Task<string?> TextAsync(string workflowId, int version, CancellationToken cancellationToken = default) =>
        db.DefinitionVersions.AsNoTracking().Where(d => d.WorkflowId == workflowId && d.Version == version)
            .Select(d => d.Content).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Applications not yet ended, per workflow version.</summary>
    public async Task<IReadOnlyDictionary<(string WorkflowId, int Version), int>> OpenApplicationsAsync(CancellationToken cancellationToken = default) =>
        (await db.Applications.AsNoTracking()
            .Where(a => !Ended.Contains(a.Status))
            .GroupBy(a => new { a.WorkflowId, a.WorkflowVersion })
            .Select(g => new { g.Key.WorkflowId, g.Key.WorkflowVersion, Count = g.Count() })
            .ToListAsync(cancellationToken))
        .ToDictionary(o => (o.WorkflowId, o.WorkflowVersion), o => o.Count);
}
