using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Notifications;

public sealed record NotificationRows(IReadOnlyList<OutboxNotification> Items, int Total);

/// <summary>The notification outbox, newest first, a page at a time: the one read behind <c>/api/notifications</c> and the outbox page.</summary>
public sealed class NotificationQueries(RegistrationDbContext db)
{
    public async Task<NotificationRows> PageAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var total = await db.OutboxNotifications.CountAsync(cancellationToken);
        var rows = await db.OutboxNotifications.AsNoTracking()
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip(QueryLimits.Offset(page, pageSize)).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new NotificationRows(rows, total);
    }
}
