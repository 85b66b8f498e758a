using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>A member of staff a task may be handed to, as the accounts are now.</summary>
public sealed record Colleague(string UserName, string? DisplayName, IReadOnlySet<string> Roles, bool Locked)
{
    public Actor ToActor() => new(UserName, Roles);
}

/// <summary>The staff accounts as transfers read them: by name, or everyone holding a role.</summary>
internal static class Colleagues
{
    public static async Task<Colleague?> FindAsync(RegistrationDbContext db, string userName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var normalized = userName.Trim().ToUpperInvariant();
        return (await ReadAsync(db, db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id), now, cancellationToken)).SingleOrDefault();
    }

    public static Task<List<Colleague>> HoldingAsync(RegistrationDbContext db, string role, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = from link in db.UserRoles join r in db.Roles on link.RoleId equals r.Id where r.Name == role select link.UserId;
        return ReadAsync(db, ids, now, cancellationToken);
    }

    public static Task<List<Colleague>> AllAsync(RegistrationDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        ReadAsync(db, db.Users.Select(u => u.Id), now, cancellationToken);

    private static async Task<List<Colleague>> ReadAsync(RegistrationDbContext db, IQueryable<string> userIds, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.LockoutEnd }).ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from link in db.UserRoles
                           join r in db.Roles on link.RoleId equals r.Id
                           where ids.Contains(link.UserId)
                           select new { link.UserId, r.Name }).ToListAsync(cancellationToken);
        // LockoutEnd is compared here: SQLite cannot order DateTimeOffset values in a query.
        return users.OrderBy(u => u.UserName, StringComparer.Ordinal).Select(u => new Colleague(u.UserName!, u.DisplayName,
            roles.Where(r => r.UserId == u.Id && r.Name is not null).Select(r => r.Name!).ToHashSet(StringComparer.Ordinal),
            u.LockoutEnd is { } until && until > now)).ToList();
    }
}
