using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Notifications;

/// <summary>
/// Service notices to the managers through the outbox, each at most once per key: the row's id is derived from the
/// key, so a repeated or concurrent run finds the row (or hits its primary key) instead of writing a second one.
/// </summary>
public sealed class ManagerNotices(RegistrationDbContext db, ITransactionRunner transactions, TimeProvider time)
{
    /// <returns>True when the notice was written now; false when one with this key already exists.</returns>
    public async Task<bool> PostOnceAsync(string key, string template, LocalizedText text, CancellationToken cancellationToken)
    {
        var id = IdFor(key);
        if (await db.OutboxNotifications.AsNoTracking().AnyAsync(n => n.Id == id, cancellationToken))
        {
            return false;
        }
        try
        {
            return await transactions.RunAsync(async (write, ct) =>
            {
                if (await write.Db.OutboxNotifications.AnyAsync(n => n.Id == id, ct)) return false;
                write.Db.OutboxNotifications.Add(new OutboxNotification
                {
                    Id = id,
                    Audience = RoleNames.Manager,
                    Recipient = RoleNames.Manager,
                    Template = template,
                    TextZhCn = text.ZhCn,
                    TextEnUs = text.EnUs,
                    CreatedAt = time.GetUtcNow(),
                });
                await write.Db.SaveChangesAsync(ct);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (await db.OutboxNotifications.AsNoTracking().AnyAsync(n => n.Id == id, cancellationToken)) return false; // another node wrote it first
            throw;
        }
    }

    /// <summary>A stable id for a key (the first 16 bytes of its SHA-256).</summary>
    public static Guid IdFor(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
}
