using RegistrationFlow.Core.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Applications;

public sealed partial class ApplicationQueries
{
    /// <summary>The statuses of an instance that has not ended: the only applications with current steps.</summary>
    private static readonly string[] NotEnded =
    [
        ApplicationStatuses.Received, ApplicationStatuses.InProgress, ApplicationStatuses.AwaitingSupplement,
        ApplicationStatuses.Registered, ApplicationStatuses.ReadyForPickup,
    ];

    /// <summary>
    /// Newest first (then the later receipt number first), with the total that match. <c>step</c> matches any current step,
    /// <c>overdue</c> follows <see cref="OverdueRule"/>, and <c>q</c> is <see cref="SearchPredicate"/>. Every filter is
    /// answered from an index, so the cost follows the size of the answer, not the number of applications stored.
    /// </summary>
    public async Task<ApplicationPage> ListAsync(ApplicationFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.Applications.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Step))
        {
            var step = filter.Step;
            if (IsPersonStepEverywhere(step))
            {
                // A person's step is current exactly while its task is open: the open-task index finds them.
                var withOpenTask = db.WorkTasks.Where(t => t.State == WorkTaskState.Open && t.Step == step).Select(t => t.ApplicationId);
                query = query.Where(a => withOpenTask.Contains(a.Id));
            }
            else
            {
                // Only running applications have steps: the status index narrows the search to them.
                query = query.Where(a => NotEnded.Contains(a.Status) && a.CurrentSteps.Contains(step));
            }
        }
        if (!string.IsNullOrWhiteSpace(filter.Status)) query = query.Where(a => a.Status == filter.Status);
        if (!string.IsNullOrWhiteSpace(filter.Query)) query = query.Where(SearchPredicate(filter.Query));

        IQueryable<Application> matching;
        int total;
        var overdue = OverdueQueries.Overdue(overdueRule, overdueRule.Now);
        switch (filter.Overdue)
        {
            case true:
                matching = query.Where(overdue);
                total = await matching.CountAsync(cancellationToken);
                break;
            case false:
                matching = query.Where(OverdueQueries.Not(overdue));
                // Counted as all minus the overdue: both counts read indexes, the negation alone would read every row.
                total = await query.CountAsync(cancellationToken) - await query.Where(overdue).CountAsync(cancellationToken);
                break;
            default:
                matching = query;
                total = await matching.CountAsync(cancellationToken);
                break;
        }
        var pageSize = Math.Clamp(filter.PageSize, 1, ApplicationFilter.MaxPageSize);
        var page = Math.Max(filter.Page, 1);
        // The page's ids first, then its rows: the database sorts small keys, not whole rows with their JSON.
        var ids = await matching.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.ReceiptNumber)
            .Skip(QueryLimits.Offset(page, pageSize)).Take(pageSize).Select(a => a.Id).ToListAsync(cancellationToken);
        var rows = await db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        return new ApplicationPage(ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList(), total);
    }

    /// <summary>Whether every stored version that has a step of this id makes it a person's step (with a task).</summary>
    private bool IsPersonStepEverywhere(string step)
    {
        var found = catalog.AllVersions.SelectMany(e => e.Definition.Steps).Where(s => s.Id == step).ToList();
        return found.Count > 0 && found.All(s => s.Kind == StepKind.Human);
    }

    /// <summary>
    /// What <c>q</c> finds, each through an index: the application with that id (exact), receipt numbers, certificate
    /// numbers and unit numbers that start with it (letters in any case; full-width brackets read as ASCII), and
    /// applications a party of which has a name that starts with it (a surname, a full name, the start of a company's
    /// name as registered).
    /// </summary>
    public Expression<Func<Application, bool>> SearchPredicate(string text)
    {
        var q = text.Trim();
        if (Guid.TryParse(q, out var id))
            return a => a.Id == id;
        var code = q.ToUpperInvariant().Replace('（', '(').Replace('）', ')');
        // Every string that starts with the prefix sorts below prefix + U+10FFFF (the largest code point).
        var codeEnd = code + char.ConvertFromUtf32(0x10FFFF);
        var nameEnd = q + char.ConvertFromUtf32(0x10FFFF);
        var units = db.ApplicationSearchTerms
            .Where(t => string.Compare(t.Term, code) >= 0 && string.Compare(t.Term, codeEnd) < 0 && t.Kind == ApplicationSearchTerm.Unit)
            .Select(t => t.ApplicationId);
        var parties = db.ApplicationSearchTerms
            .Where(t => string.Compare(t.Term, q) >= 0 && string.Compare(t.Term, nameEnd) < 0 && t.Kind == ApplicationSearchTerm.Party)
            .Select(t => t.ApplicationId);
        return a => (string.Compare(a.ReceiptNumber, code) >= 0 && string.Compare(a.ReceiptNumber, codeEnd) < 0)
                    || (string.Compare(a.CertificateNumber, code) >= 0 && string.Compare(a.CertificateNumber, codeEnd) < 0)
                    || units.Contains(a.Id)
                    || parties.Contains(a.Id);
    }
}
