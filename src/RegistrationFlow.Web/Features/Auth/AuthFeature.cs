namespace RegistrationFlow.Web.Features.Auth;

/// <summary>Signing in on the screens: the cookie sign-in the sign-in page uses.</summary>
internal static class AuthFeature
{
    public static IServiceCollection AddAuthFeature(this IServiceCollection services) => services.AddScoped<CookieSignIn>();
}
