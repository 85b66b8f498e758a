using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Identity;

/// <summary>
/// Signing out: the user gets a new security stamp, so every bearer token and sign-in cookie issued to them before stops
/// working (on this node at once, on others within <see cref="SecurityStamps.KeptFor"/>), and the sign-out is audited.
/// </summary>
public sealed class SignOuts(ITransactionRunner transactions, SecurityStamps stamps)
{
    public async Task<bool> SignOutAsync(string userId, string? via, CancellationToken cancellationToken)
    {
        var done = await transactions.RunAsync(async (write, ct) =>
        {
            var user = await write.Db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
            if (user is null) return false;
            user.SecurityStamp = SecurityStamps.New();
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            await write.Audit.AppendAsync(new AuditEntry(user.UserName!, null, AuditActions.SignOut, Detail: via is null ? null : new { via }), ct);
            await write.Db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
        stamps.Forget(userId);
        return done;
    }
}
