using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.Infrastructure.Identity;

/// <summary>
/// Each user's current security stamp, as the bearer tokens are checked against it on every request. A token carries the
/// stamp of its sign-in; signing out, a lockout (and later a password reset or a role change) give the user a new stamp,
/// and every token issued before stops working. A stamp read is kept <see cref="KeptFor"/> so a request costs no query:
/// a change made on this node is seen at once, one made on another node within that time.
/// </summary>
public sealed class SecurityStamps(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (string? Stamp, DateTimeOffset ReadAt)> _read = new();

    public async Task<string?> CurrentAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_read.TryGetValue(userId, out var known) && now - known.ReadAt < KeptFor) return known.Stamp;
        await using var scope = scopes.CreateAsyncScope();
        var stamp = await scope.ServiceProvider.GetRequiredService<RegistrationDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(cancellationToken);
        _read[userId] = (stamp, now);
        return stamp;
    }

    /// <summary>Forgets what was read for the user: called after this node committed a new stamp.</summary>
    public void Forget(string userId) => _read.TryRemove(userId, out _);

    public static string New() => Guid.NewGuid().ToString("N").ToUpperInvariant();
}
