using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Identity;

public abstract record OwnPasswordChangeResult
{
    public sealed record Done : OwnPasswordChangeResult;
    /// <summary>One error per field and rule (<c>currentPassword</c>, <c>newPassword</c>); nothing was changed.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : OwnPasswordChangeResult;
    public sealed record NotFound : OwnPasswordChangeResult;
}

/// <summary>
/// A signed-in person replaces their own password, knowing the current one: the new one must follow
/// <see cref="PasswordRules"/> and differ from the current one. One write unit sets it, clears
/// <see cref="AppUser.MustChangePassword"/>, gives a new security stamp (every session from before ends, the one
/// limited to this change too) and appends the audit record. A refusal writes nothing.
/// </summary>
public sealed class OwnPasswordChanges(
    RegistrationDbContext db,
    ITransactionRunner transactions,
    IPasswordHasher<AppUser> hasher,
    IOptions<IdentityOptions> identity,
    SecurityStamps stamps)
{
    public const string CurrentField = "currentPassword";
    public const string NewField = "newPassword";

    public async Task<OwnPasswordChangeResult> ChangeAsync(string userId, string? currentPassword, string? newPassword, string? via,
        CancellationToken cancellationToken = default)
    {
        // The hashing is slow on purpose: done before the write unit, which then only checks nothing changed meanwhile.
        var read = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (read is null) return new OwnPasswordChangeResult.NotFound();
        var errors = Check(read, currentPassword, newPassword);
        if (errors.Count > 0) return new OwnPasswordChangeResult.Invalid(errors);
        var newHash = hasher.HashPassword(read, newPassword!);

        var result = await transactions.RunAsync<OwnPasswordChangeResult>(async (write, ct) =>
        {
            var user = await write.Db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
            if (user is null) return new OwnPasswordChangeResult.NotFound();
            if (user.PasswordHash != read.PasswordHash) return new OwnPasswordChangeResult.Invalid([WrongPassword()]); // changed meanwhile
            var wasForced = user.MustChangePassword;
            user.PasswordHash = newHash;
            user.MustChangePassword = false;
            user.AccessFailedCount = 0;
            user.SecurityStamp = SecurityStamps.New();
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            await write.Audit.AppendAsync(new AuditEntry(user.UserName!, null, AuditActions.PasswordChanged,
                Detail: new { forced = wasForced, via }), ct);
            await write.Db.SaveChangesAsync(ct);
            return new OwnPasswordChangeResult.Done();
        }, cancellationToken);
        if (result is OwnPasswordChangeResult.Done) stamps.Forget(userId);
        return result;
    }

    private static FieldError WrongPassword() =>
        new(CurrentField, "wrong-password", LocalizedText.Of("当前密码不正确。", "The current password is wrong."));

    private List<FieldError> Check(AppUser user, string? currentPassword, string? newPassword)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(currentPassword))
            errors.Add(new FieldError(CurrentField, "required", LocalizedText.Of("请填写当前密码。", "The current password is required.")));
        else if (user.PasswordHash is not { } hash || hasher.VerifyHashedPassword(user, hash, currentPassword) == PasswordVerificationResult.Failed)
            errors.Add(WrongPassword());
        errors.AddRange(PasswordRules.Check(newPassword, NewField, identity.Value.Password));
        if (!string.IsNullOrEmpty(newPassword) && string.Equals(newPassword, currentPassword, StringComparison.Ordinal))
            errors.Add(new FieldError(NewField, "same-as-current", LocalizedText.Of(
                "新密码不能与当前密码相同。", "The new password must differ from the current one.")));
        return errors;
    }
}
