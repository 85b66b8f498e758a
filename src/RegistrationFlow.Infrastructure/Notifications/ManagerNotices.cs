using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Notifications;

/// <summary>
/// Service notices to the managers through the outbox, each at most once per key: the row's id is derived from the
/// key, so a repeated or concurrent run finds the row (or hits its primary key) instead of writing a second one.
/// </summary>
public sealed class ManagerNotices(RegistrationDbContext db, TimeProvider time)
{
    /// <returns>True when the notice was written now; false when one with this key already exists.</returns>
    public async Task<bool> PostOnceAsync(string key, string template, LocalizedText text, CancellationToken cancellationToken)
    {
        var id = IdFor(key);
        if (await db.OutboxNotifications.AnyAsync(n => n.Id == id, cancellationToken))
        {
            return false;
        }
        db.OutboxNotifications.Add(new OutboxNotification
        {
            Id = id,
            Audience = RoleNames.Manager,
            Recipient = RoleNames.Manager,
            Template = template,
            TextZhCn = text.ZhCn,
            TextEnUs = text.EnUs,
            CreatedAt = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.OutboxNotifications.AsNoTracking().AnyAsync(n => n.Id == id, cancellationToken))
            {
                return false; // a concurrent run wrote it first
            }
            throw;
        }
    }

    /// <summary>A stable id for a key (the first 16 bytes of its SHA-256).</summary>
    public static Guid IdFor(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
}
