using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Identity;

/// <summary>What a sign-in attempt came to.</summary>
public abstract record SignInOutcome
{
    public sealed record Succeeded(AppUser User) : SignInOutcome;
    public sealed record WrongCredentials : SignInOutcome;
    public sealed record LockedOut(DateTimeOffset Until) : SignInOutcome;
}

/// <summary>
/// One sign-in attempt, for the API and the screens alike: the password is checked first (outside the write, it is
/// slow on purpose), then one write unit counts the failure towards lockout or clears the count, and appends the audit
/// record — so every attempt, however many arrive at once, is audited exactly once. An unknown user name costs the same
/// password check as a known one, so user names cannot be told apart by the time an answer takes.
/// </summary>
public sealed class SignInAttempts(
    UserManager<AppUser> users,
    IPasswordHasher<AppUser> hasher,
    ITransactionRunner transactions,
    IOptions<IdentityOptions> identity,
    SecurityStamps stamps,
    TimeProvider time)
{
    private const int Attempts = 5;
    private static readonly AppUser Nobody = new() { UserName = "-" };
    private static string? _nobodysHash;

    public async Task<SignInOutcome> AttemptAsync(string userName, string password, string? via, CancellationToken cancellationToken)
    {
        userName = userName.Trim();
        var actor = userName.Length > 256 ? userName[..256] : userName;
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            hasher.VerifyHashedPassword(Nobody, _nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString()), password);
            await AuditAsync(new AuditEntry(actor, null, AuditActions.SignInFailed, Detail: new { reason = "unknown-user", via }), cancellationToken);
            return new SignInOutcome.WrongCredentials();
        }
        var passwordMatches = user.PasswordHash is { } hash && hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
        var roles = passwordMatches ? string.Join(",", (await users.GetRolesAsync(user)).Order()) : null;

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await transactions.RunAsync((write, ct) => RecordAsync(write, user.Id, actor, passwordMatches, roles, via, ct), cancellationToken);
                if (outcome is SignInOutcome.LockedOut) stamps.Forget(user.Id);
                return outcome is SignInOutcome.Succeeded ? new SignInOutcome.Succeeded(user) : outcome;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Another attempt for the same user committed first (several nodes): count again from what it left.
            }
        }
    }

    private async Task<SignInOutcome> RecordAsync(WriteScope write, string userId, string actor, bool passwordMatches, string? roles,
        string? via, CancellationToken cancellationToken)
    {
        // Attempts for one user take turns: this no-op update holds the user's row until the unit commits (on PostgreSQL a
        // row lock; SQLite has one writer anyway), and the read after it sees what the previous attempt left.
        await write.Db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount), cancellationToken);
        var user = await write.Db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        var now = time.GetUtcNow();
        var lockout = identity.Value.Lockout;
        SignInOutcome outcome;
        AuditEntry entry;
        var changed = true;
        if (user.LockoutEnabled && user.LockoutEnd is { } lockedUntil && lockedUntil >= now)
        {
            outcome = new SignInOutcome.LockedOut(lockedUntil);
            entry = new AuditEntry(actor, null, AuditActions.SignInLockedOut, Detail: new { lockedUntil, via });
            changed = false;
        }
        else if (passwordMatches)
        {
            user.AccessFailedCount = 0;
            user.LastSignInAt = now;
            outcome = new SignInOutcome.Succeeded(user);
            entry = new AuditEntry(user.UserName!, roles, AuditActions.SignIn, Detail: via is null ? null : new { via });
        }
        else if (user.LockoutEnabled && user.AccessFailedCount + 1 >= lockout.MaxFailedAccessAttempts)
        {
            user.AccessFailedCount = 0;
            user.LockoutEnd = now.Add(lockout.DefaultLockoutTimeSpan);
            user.SecurityStamp = SecurityStamps.New(); // a lockout ends the sessions already open, not only new sign-ins
            outcome = new SignInOutcome.LockedOut(user.LockoutEnd.Value);
            entry = new AuditEntry(actor, null, AuditActions.SignInLockedOut, Detail: new { lockedUntil = user.LockoutEnd, via });
        }
        else
        {
            var failures = user.LockoutEnabled ? ++user.AccessFailedCount : 0;
            outcome = new SignInOutcome.WrongCredentials();
            entry = new AuditEntry(actor, null, AuditActions.SignInFailed, Detail: new { reason = "wrong-password", failures, via });
        }
        if (changed) user.ConcurrencyStamp = Guid.NewGuid().ToString();
        await write.Audit.AppendAsync(entry, cancellationToken);
        await write.Db.SaveChangesAsync(cancellationToken);
        return outcome;
    }

    private Task AuditAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        transactions.RunAsync(async (write, ct) =>
        {
            await write.Audit.AppendAsync(entry, ct);
            await write.Db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
}
