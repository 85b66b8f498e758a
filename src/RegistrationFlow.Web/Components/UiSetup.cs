using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;
using RegistrationFlow.Web.Components.Layout;
using RegistrationFlow.Web.Components.Localization;
using RegistrationFlow.Web.Components.Shared;
using RegistrationFlow.Web.Components.Time;

namespace RegistrationFlow.Web.Components;

/// <summary>The screens: Blazor with server interactivity, signed in with the cookie (the API keeps bearer tokens).</summary>
internal static class UiSetup
{
    public static IServiceCollection AddRegistrationUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/signin";
            options.LogoutPath = "/account/signout";
            options.AccessDeniedPath = "/forbidden"; // a signed-in person is told in words, not sent to sign in again
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.HttpOnly = true;
        });

        services.AddSingleton<OfficeTime>();
        services.AddScoped<SecondTicker>();
        services.AddScoped<ScopedCalls>();
        services.AddScoped<StaffProfile>();
        return services;
    }

    public static WebApplication MapRegistrationUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
