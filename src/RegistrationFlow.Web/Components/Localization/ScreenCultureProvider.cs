using Microsoft.AspNetCore.Localization;

namespace RegistrationFlow.Web.Components.Localization;

/// <summary>
/// Screens speak Chinese unless the person chose English (the culture cookie, written from their saved preference at
/// sign-in): a counter PC with an English browser still shows Chinese. The API keeps following Accept-Language.
/// </summary>
public sealed class ScreenCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return NullProviderCultureResult;
        }
        var cookie = httpContext.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName];
        var chosen = cookie is null ? null : CookieRequestCultureProvider.ParseCookieValue(cookie);
        var language = UiLanguage.Normalise(chosen?.UICultures.FirstOrDefault().Value);
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(language));
    }
}
