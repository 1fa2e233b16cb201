using System.Collections.Immutable;
using System.Reflection;

namespace BlogGen.Content;

/// <summary>The default theme compiled into the library, so a folder with nothing but posts builds.</summary>
internal static class EmbeddedTheme
{
    public const string DisplayRoot = "(built-in theme)";
    private const string Prefix = "theme/";

    private static Assembly Assembly => typeof(EmbeddedTheme).Assembly;

    /// <summary>Theme-relative path ('/' separators) to resource name.</summary>
    private static readonly ImmutableSortedDictionary<string, string> Resources = ResourcesByPath();

    public static IEnumerable<string> Files => Resources.Keys;

    public static byte[] Read(string themeRelativePath)
    {
        using var stream = Assembly.GetManifestResourceStream(Resources[themeRelativePath])!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static ImmutableSortedDictionary<string, string> ResourcesByPath()
    {
        var map = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var name in Assembly.GetManifestResourceNames())
        {
            var normalized = name.Replace('\\', '/');
            if (normalized.StartsWith(Prefix, StringComparison.Ordinal))
            {
                map[normalized[Prefix.Length..]] = name;
            }
        }
        return map.ToImmutable();
    }
}
