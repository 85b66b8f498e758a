using System.Linq.Expressions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary><see cref="OverdueRule"/> in the shape the database answers quickly.</summary>
public static class OverdueQueries
{
    /// <summary>
    /// <see cref="OverdueRule.Predicate"/>, and besides it what it implies — an overdue application is marked overdue or
    /// in progress — which lets SQLite reach the candidates through the <c>Overdue</c> and <c>Status</c> indexes instead
    /// of evaluating the rule on every row.
    /// </summary>
    public static Expression<Func<Application, bool>> Overdue(OverdueRule rule, DateTimeOffset now)
    {
        var exact = rule.Predicate(now);
        // "Overdue = @marked", not the bare column EF would write for "a.Overdue": SQLite uses an index only for a comparison.
        var marked = true;
        Expression<Func<Application, bool>> reachable = a => a.Overdue == marked || a.Status == ApplicationStatuses.InProgress;
        var body = Expression.AndAlso(new Rebind(reachable.Parameters[0], exact.Parameters[0]).Visit(reachable.Body), exact.Body);
        return Expression.Lambda<Func<Application, bool>>(body, exact.Parameters);
    }

    /// <summary>
    /// <see cref="OverdueRule"/> for applications whose instance still runs before registration (received, in progress,
    /// awaiting a supplement), as two sets the status index answers on its own: in progress and past due or marked, and
    /// waiting for a supplement marked before a pausing clock stopped (a received application has no clock yet).
    /// </summary>
    public static (Expression<Func<Application, bool>> InProgress, Expression<Func<Application, bool>> Suspended) RunningOverdue(
        OverdueRule rule, DateTimeOffset now)
    {
        var marked = true;
        var pausing = rule.PausingVersions();
        // The second set tests the bare Overdue column, which no index serves, so SQLite reads it through the status
        // index (the few waiting applications) rather than through Overdue (every late registration in history).
        return (a => a.Status == ApplicationStatuses.InProgress && (a.Overdue == marked || a.DueAt < now),
            pausing.Count == 0
                ? a => false
                : a => a.Status == ApplicationStatuses.AwaitingSupplement && a.Overdue
                       && pausing.Contains(a.WorkflowId + "@" + a.WorkflowVersion.ToString()));
    }

    /// <summary>The negation of <paramref name="predicate"/>.</summary>
    public static Expression<Func<Application, bool>> Not(Expression<Func<Application, bool>> predicate) =>
        Expression.Lambda<Func<Application, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
