using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>
/// The reads every action makes inside its transaction, compiled once: EF Core otherwise rebuilds and looks up each
/// query's expression tree on every call, on the single writer's time.
/// </summary>
internal static class WriteQueries
{
    /// <summary>The application, tracked.</summary>
    public static readonly Func<RegistrationDbContext, Guid, CancellationToken, Task<Application?>> Application =
        EF.CompileAsyncQuery((RegistrationDbContext db, Guid id, CancellationToken _) => db.Applications.SingleOrDefault(a => a.Id == id));

    /// <summary>The application's open task rows, tracked.</summary>
    public static readonly Func<RegistrationDbContext, Guid, IAsyncEnumerable<WorkTask>> OpenTasks =
        EF.CompileAsyncQuery((RegistrationDbContext db, Guid applicationId) =>
            db.WorkTasks.Where(t => t.ApplicationId == applicationId && t.State == WorkTaskState.Open));

    /// <summary>The application's pending deadline rows, tracked.</summary>
    public static readonly Func<RegistrationDbContext, Guid, IAsyncEnumerable<Deadline>> PendingDeadlines =
        EF.CompileAsyncQuery((RegistrationDbContext db, Guid applicationId) =>
            db.Deadlines.Where(d => d.ApplicationId == applicationId && d.State == DeadlineState.Pending));

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken)) list.Add(row);
        return list;
    }
}
