using System.Globalization;
using Microsoft.AspNetCore.Localization;
using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Components.Localization;

/// <summary>The two languages of the screens: 简体中文 (default) and English.</summary>
public static class UiLanguage
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    /// <summary>The user claim that remembers a person's language across browsers and sign-ins.</summary>
    public const string ClaimType = "registrationflow:language";

    public static string Current => Normalise(CultureInfo.CurrentUICulture.Name);

    public static bool IsEnglish => Current == English;

    /// <summary>"en", "en-US", … become English; anything else is Chinese.</summary>
    public static string Normalise(string? tag) =>
        tag is not null && tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    public static void WriteCookie(HttpResponse response, string language) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Normalise(language))),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });

    /// <summary>The text in the language of the current screen.</summary>
    public static string Local(this LocalizedText text) => text.For(Current);
}
