using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Time;

namespace RegistrationFlow.Web.Security;

internal static class AuthenticationSetup
{
    /// <summary>Chooses the bearer handler when the request carries a bearer token, otherwise the sign-in cookie.</summary>
    public const string BearerOrCookie = "BearerOrCookie";

    public static IServiceCollection AddRegistrationAuthentication(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(options =>
            {
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<RegistrationDbContext>()
            .AddUserManager<RegistrationUserManager>()
            .AddClaimsPrincipalFactory<RegistrationClaimsPrincipalFactory>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = BearerOrCookie;
                options.DefaultChallengeScheme = BearerOrCookie;
            })
            .AddPolicyScheme(BearerOrCookie, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "RegistrationFlow.Auth";
            options.Events.OnRedirectToLogin = context => AnswerApiWith(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => AnswerApiWith(context, StatusCodes.Status403Forbidden);
        });

        // A fast training clock must not expire sign-ins within real minutes: sessions run on real time.
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme)
            .Configure<TimeProvider>((options, clock) => options.TimeProvider = clock is TrainingTimeProvider ? TimeProvider.System : clock);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((options, clock) => options.TimeProvider = clock is TrainingTimeProvider ? TimeProvider.System : clock);

        services.AddDataProtection()
            .SetApplicationName("RegistrationFlow")
            .PersistKeysToDbContext<RegistrationDbContext>();
        services.AddAuthorization();
        return services;
    }

    private static Task AnswerApiWith(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
            }
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
