using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Identity;

/// <summary>A person's own settings kept as claims (e.g. the screen language), written as one write unit.</summary>
public sealed class UserClaims(ITransactionRunner transactions)
{
    /// <summary>Makes <paramref name="value"/> the only claim of <paramref name="claimType"/> the user has.</summary>
    public Task ReplaceAsync(string userId, string claimType, string value, CancellationToken cancellationToken) =>
        transactions.RunAsync(async (write, ct) =>
        {
            await write.Db.UserClaims.Where(c => c.UserId == userId && c.ClaimType == claimType).ExecuteDeleteAsync(ct);
            write.Db.UserClaims.Add(new IdentityUserClaim<string> { UserId = userId, ClaimType = claimType, ClaimValue = value });
            await write.Db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
}
