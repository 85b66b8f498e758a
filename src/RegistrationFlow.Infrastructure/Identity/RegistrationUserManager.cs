using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RegistrationFlow.Infrastructure.Identity;

/// <summary>
/// Identity's user manager with lockout on the product's <see cref="TimeProvider"/>: the stock one reads the
/// system clock for lockout, which would make lockouts disagree with the training clock and with tests. Failures are
/// counted by <see cref="SignInAttempts"/>.
/// </summary>
public sealed class RegistrationUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    TimeProvider time)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<bool> IsLockedOutAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await GetLockoutEnabledAsync(user))
        {
            return false;
        }
        return await GetLockoutEndDateAsync(user) is { } end && end >= time.GetUtcNow();
    }
}
