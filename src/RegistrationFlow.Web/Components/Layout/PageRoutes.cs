using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace RegistrationFlow.Web.Components.Layout;

/// <summary>Which page a local URL opens, by the pages' <c>@page</c> templates (a <c>{parameter}</c> segment matches any).</summary>
internal static class PageRoutes
{
    private static readonly IReadOnlyList<(string[] Segments, Type Page)> Templates = typeof(PageRoutes).Assembly.GetTypes()
        .SelectMany(type => type.GetCustomAttributes<RouteAttribute>().Select(route => (Split(route.Template), type)))
        .ToList();

    public static Type? PageFor(string url)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) return null; // local paths only
        var path = url.Split('?', '#')[0];
        var segments = Split(path);
        foreach (var (template, page) in Templates)
        {
            if (template.Length != segments.Length) continue;
            var matches = true;
            for (var i = 0; i < template.Length && matches; i++)
                matches = template[i].StartsWith('{') || string.Equals(template[i], segments[i], StringComparison.OrdinalIgnoreCase);
            if (matches) return page;
        }
        return null;
    }

    private static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
