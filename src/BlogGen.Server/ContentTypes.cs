using System.Collections.Frozen;

using Microsoft.AspNetCore.StaticFiles;

namespace BlogGen.Server;

/// <summary>The Content-Type of a served file; every text type says it is UTF-8, as BlogGen writes it.</summary>
internal static class ContentTypes
{
    // The provider's table, frozen: the provider itself lets anyone change its mappings.
    private static readonly FrozenDictionary<string, string> ByExtension = CreateProvider().Mappings.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TextTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "application/javascript", "application/json", "application/xml", "application/atom+xml",
        "application/rss+xml", "application/manifest+json", "image/svg+xml",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string For(string path)
    {
        if (!ByExtension.TryGetValue(System.IO.Path.GetExtension(path), out var type))
        {
            return "application/octet-stream";
        }
        return type.StartsWith("text/", StringComparison.Ordinal) || TextTypes.Contains(type) ? type + "; charset=utf-8" : type;
    }

    public static bool IsHtml(string contentType) => contentType.StartsWith("text/html", StringComparison.Ordinal);

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".map"] = "application/json";
        return provider;
    }
}
