using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Identity;

/// <summary>A staff account as the administrators see it: never its password, and no identity numbers.</summary>
public sealed record StaffAccount(string UserName, string? DisplayName, IReadOnlyList<string> Roles, bool Locked, DateTimeOffset? LastSignInAt,
    bool MustChangePassword);

public abstract record AccountResult
{
    public sealed record Done(StaffAccount Account) : AccountResult;
    public sealed record NotFound : AccountResult;
    /// <summary>The request itself is wrong: one error per field and rule; nothing was changed.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : AccountResult;
    /// <summary>The request is well formed but the accounts as they are forbid it (the user exists, the last admin).</summary>
    public sealed record Refused(string Code, LocalizedText Message) : AccountResult;
}

/// <summary>
/// The administrators' use cases on staff accounts: create, set the roles, lock and unlock, set a new password, force a
/// password change. Each is one write unit with its audit record; a change of roles, a lock, a new password and a forced
/// change give the user a new security stamp, so every session and token they had ends. A password an administrator
/// chose (a new account's, a new one for someone else) must be replaced by its owner at the next sign-in: the
/// administrator must not go on knowing it. The last administrator who can sign in cannot lose the role or be locked,
/// and nobody locks themselves out.
/// </summary>
public sealed partial class StaffAccounts(
    RegistrationDbContext db,
    ITransactionRunner transactions,
    IPasswordHasher<AppUser> hasher,
    IOptions<IdentityOptions> identity,
    SecurityStamps stamps,
    TimeProvider time)
{
    public const int MaxDisplayName = 50;

    public async Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await RolesByUserAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        return users.Select(u => Account(u, roles.GetValueOrDefault(u.Id) ?? [], now)).ToList();
    }

    public async Task<AccountResult> CreateAsync(string? userName, string? displayName, IReadOnlyList<string>? roles, string? password, string by,
        CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        CheckUserName(userName, errors);
        CheckDisplayName(displayName, errors);
        CheckRoles(roles, errors);
        CheckPassword(password, errors);
        if (errors.Count > 0) return new AccountResult.Invalid(errors);
        var name = userName!.Trim();
        return await transactions.RunAsync<AccountResult>(async (write, ct) =>
        {
            var normalized = name.ToUpperInvariant();
            if (await write.Db.Users.AnyAsync(u => u.NormalizedUserName == normalized, ct))
                return new AccountResult.Refused("user-exists", LocalizedText.Of($"用户名 {name} 已被使用。", $"The user name {name} is taken."));
            var user = new AppUser
            {
                UserName = name, NormalizedUserName = normalized, DisplayName = Blank(displayName), LockoutEnabled = true,
                SecurityStamp = SecurityStamps.New(), ConcurrencyStamp = Guid.NewGuid().ToString(), MustChangePassword = true,
            };
            user.PasswordHash = hasher.HashPassword(user, password!);
            write.Db.Users.Add(user);
            var wanted = Distinct(roles!);
            foreach (var roleId in await RoleIdsAsync(write.Db, wanted, ct))
                write.Db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
            await write.Audit.AppendAsync(new AuditEntry(by, RoleNames.Admin, AuditActions.UserCreated, Detail: new { user = name, roles = wanted }), ct);
            await write.Db.SaveChangesAsync(ct);
            return new AccountResult.Done(Account(user, wanted, time.GetUtcNow()));
        }, cancellationToken);
    }

    public Task<AccountResult> SetRolesAsync(string userName, IReadOnlyList<string>? roles, string by, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        CheckRoles(roles, errors);
        if (errors.Count > 0) return Task.FromResult<AccountResult>(new AccountResult.Invalid(errors));
        var wanted = Distinct(roles!);
        return ChangeAsync(userName, by, AuditActions.UserRolesChanged, async (write, user, had, ct) =>
        {
            if (had.Contains(RoleNames.Admin) && !wanted.Contains(RoleNames.Admin) && !await AnotherActiveAdminAsync(write.Db, user.Id, ct))
                return LastAdmin();
            var current = await write.Db.UserRoles.Where(r => r.UserId == user.Id).ToListAsync(ct);
            write.Db.UserRoles.RemoveRange(current);
            foreach (var roleId in await RoleIdsAsync(write.Db, wanted, ct))
                write.Db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
            return (object)new { user = user.UserName, from = had, to = wanted };
        }, wanted, cancellationToken);
    }

    public Task<AccountResult> LockAsync(string userName, string by, CancellationToken cancellationToken = default) =>
        ChangeAsync(userName, by, AuditActions.UserLocked, async (write, user, had, ct) =>
        {
            if (string.Equals(user.UserName, by, StringComparison.Ordinal))
                return new AccountResult.Refused("lock-self", LocalizedText.Of("不能锁定自己的账号。", "You cannot lock your own account."));
            if (had.Contains(RoleNames.Admin) && !await AnotherActiveAdminAsync(write.Db, user.Id, ct)) return LastAdmin();
            user.LockoutEnd = DateTimeOffset.MaxValue;
            return new { user = user.UserName };
        }, null, cancellationToken);

    public Task<AccountResult> UnlockAsync(string userName, string by, CancellationToken cancellationToken = default) =>
        ChangeAsync(userName, by, AuditActions.UserUnlocked, (_, user, _, _) =>
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            return Task.FromResult<object>(new { user = user.UserName });
        }, null, cancellationToken, newStamp: false);

    /// <summary>
    /// A new password the administrator hands to the user in person; every session of the user ends, and the user must
    /// choose their own at the next sign-in — unless administrators set their own (nobody else knows it then).
    /// </summary>
    public Task<AccountResult> SetPasswordAsync(string userName, string? password, string by, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        CheckPassword(password, errors);
        if (errors.Count > 0) return Task.FromResult<AccountResult>(new AccountResult.Invalid(errors));
        return ChangeAsync(userName, by, AuditActions.UserPasswordSet, (_, user, _, _) =>
        {
            user.PasswordHash = hasher.HashPassword(user, password!);
            user.AccessFailedCount = 0;
            user.MustChangePassword = !IsSelf(user, by);
            return Task.FromResult<object>(new { user = user.UserName, mustChangePassword = user.MustChangePassword });
        }, null, cancellationToken);
    }

    /// <summary>
    /// The user must choose a new password at the next sign-in, and every session they have ends now. Not for
    /// administrators themselves: they change their own password on its page.
    /// </summary>
    public Task<AccountResult> ForcePasswordChangeAsync(string userName, string by, CancellationToken cancellationToken = default) =>
        ChangeAsync(userName, by, AuditActions.PasswordChangeForced, (_, user, _, _) =>
        {
            if (IsSelf(user, by))
                return Task.FromResult<object>(new AccountResult.Refused("force-self", LocalizedText.Of(
                    "不能强制自己修改密码：请在“修改密码”页面直接修改。", "You cannot force your own password change: change it on the Change password page.")));
            user.MustChangePassword = true;
            return Task.FromResult<object>(new { user = user.UserName });
        }, null, cancellationToken);

    private static bool IsSelf(AppUser user, string by) => string.Equals(user.UserName, by, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// One change of one account in a unit: <paramref name="change"/> returns the audit detail, or a refusal (then
    /// nothing is saved).
    /// </summary>
    private async Task<AccountResult> ChangeAsync(string userName, string by, string auditAction,
        Func<WriteScope, AppUser, IReadOnlyList<string>, CancellationToken, Task<object>> change, IReadOnlyList<string>? newRoles,
        CancellationToken cancellationToken, bool newStamp = true)
    {
        string? userId = null;
        var result = await transactions.RunAsync<AccountResult>(async (write, ct) =>
        {
            var normalized = userName.Trim().ToUpperInvariant();
            var user = await write.Db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, ct);
            if (user is null) return new AccountResult.NotFound();
            var had = (await RolesByUserAsync(write.Db, ct, user.Id)).GetValueOrDefault(user.Id) ?? [];
            var outcome = await change(write, user, had, ct);
            if (outcome is AccountResult refused) return refused;
            if (newStamp) user.SecurityStamp = SecurityStamps.New();
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            await write.Audit.AppendAsync(new AuditEntry(by, RoleNames.Admin, auditAction, Detail: outcome), ct);
            await write.Db.SaveChangesAsync(ct);
            userId = user.Id;
            return new AccountResult.Done(Account(user, newRoles ?? had, time.GetUtcNow()));
        }, cancellationToken);
        if (userId is not null) stamps.Forget(userId);
        return result;
    }

    private static AccountResult.Refused LastAdmin() => new("last-admin", LocalizedText.Of(
        "这是最后一个可以登录的系统管理员：不能取消其管理员岗位或锁定其账号。",
        "This is the last administrator who can sign in: the admin role cannot be taken away and the account cannot be locked."));

    private async Task<bool> AnotherActiveAdminAsync(RegistrationDbContext context, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var adminRole = await context.Roles.Where(r => r.Name == RoleNames.Admin).Select(r => r.Id).SingleAsync(cancellationToken);
        var others = await (from link in context.UserRoles
                            join user in context.Users on link.UserId equals user.Id
                            where link.RoleId == adminRole && user.Id != userId
                            select user.LockoutEnd).ToListAsync(cancellationToken);
        return others.Any(lockedUntil => lockedUntil is null || lockedUntil < now);
    }

    private static async Task<Dictionary<string, IReadOnlyList<string>>> RolesByUserAsync(RegistrationDbContext context, CancellationToken cancellationToken,
        string? userId = null)
    {
        var links = await (from link in context.UserRoles
                           join role in context.Roles on link.RoleId equals role.Id
                           where userId == null || link.UserId == userId
                           select new { link.UserId, role.Name }).ToListAsync(cancellationToken);
        return links.GroupBy(l => l.UserId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<string>)RoleNames.All.Where(r => g.Any(l => l.Name == r)).ToList());
    }

    private static async Task<List<string>> RoleIdsAsync(RegistrationDbContext context, IReadOnlyList<string> roles, CancellationToken cancellationToken) =>
        await context.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id).ToListAsync(cancellationToken);

    private static StaffAccount Account(AppUser user, IReadOnlyList<string> roles, DateTimeOffset now) =>
        new(user.UserName!, user.DisplayName, roles, user.LockoutEnd is { } until && until > now, user.LastSignInAt, user.MustChangePassword);

    private static IReadOnlyList<string> Distinct(IReadOnlyList<string> roles) => RoleNames.All.Where(r => roles.Contains(r)).ToList();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void CheckUserName(string? userName, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(userName) || !UserNamePattern().IsMatch(userName.Trim()))
            errors.Add(new FieldError("userName", "user-name", LocalizedText.Of(
                "用户名为 2 到 32 个字符：小写字母开头，只含小写字母、数字、点、下划线和连字符。",
                "A user name has 2 to 32 characters: a lower-case letter first, then lower-case letters, digits, '.', '_' or '-'.")));
    }

    private static void CheckDisplayName(string? displayName, List<FieldError> errors)
    {
        if (displayName is null) return;
        if (displayName.Trim().Length > MaxDisplayName)
            errors.Add(new FieldError("displayName", "too-long", LocalizedText.Of($"姓名最多 {MaxDisplayName} 个字符。", $"A display name has at most {MaxDisplayName} characters.")));
        else if (PrintableText.FirstUnprintable(displayName) is { } rune)
            errors.Add(new FieldError("displayName", "unprintable", LocalizedText.Of(
                $"姓名含不可打印字符 {PrintableText.Describe(rune)}。", $"The display name holds the unprintable character {PrintableText.Describe(rune)}.")));
    }

    private static void CheckRoles(IReadOnlyList<string>? roles, List<FieldError> errors)
    {
        if (roles is null || roles.Count == 0)
        {
            errors.Add(new FieldError("roles", "required", LocalizedText.Of("请至少选择一个岗位。", "Choose at least one role.")));
            return;
        }
        foreach (var unknown in roles.Where(r => !RoleNames.All.Contains(r)).Distinct())
            errors.Add(new FieldError("roles", "unknown-role", LocalizedText.Of(
                $"没有“{unknown}”这个岗位；岗位有：{string.Join("、", RoleNames.All)}。", $"There is no role '{unknown}'; the roles are {string.Join(", ", RoleNames.All)}.")));
    }

    private void CheckPassword(string? password, List<FieldError> errors) =>
        errors.AddRange(PasswordRules.Check(password, "password", identity.Value.Password));

    [GeneratedRegex("^[a-z][a-z0-9._-]{1,31}$")]
    private static partial Regex UserNamePattern();
}
