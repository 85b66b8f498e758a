using System.Globalization;
using Microsoft.AspNetCore.Localization;
using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Hosting;

internal static class RequestLanguage
{
    public static readonly string[] Supported = ["zh-CN", "en"];

    /// <summary>The request's language (zh-CN unless the caller asked for English).</summary>
    public static string Of(HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name
        ?? CultureInfo.CurrentUICulture.Name;

    public static string Localize(this HttpContext context, LocalizedText text) => text.For(Of(context));
}
