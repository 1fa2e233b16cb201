using System.Collections.Frozen;

using BlogGen.Diagnostics;

namespace BlogGen.Yaml;

/// <summary>
/// Reads YAML into plain values that templates can use as they are: <see cref="string"/>, <see cref="bool"/>,
/// <see cref="long"/>, <see cref="double"/>, null, <see cref="DateTimeOffset"/>, <c>List&lt;object?&gt;</c> and
/// <c>Dictionary&lt;string, object?&gt;</c> (ordinal keys, in the order written). Plain scalars follow the YAML 1.2
/// core schema plus timestamps; a timestamp without an offset is wall-clock time in <c>timeZone</c>.
/// Thread-safe: every call has its own parser.
/// </summary>
public static class YamlValueReader
{
    /// <summary>Front matter is small; a larger tree is an alias bomb or a mistake.</summary>
    public const int MaxFrontMatterNodes = 100_000;

    /// <summary>Data files may be big tables, so they get a larger budget.</summary>
    public const int MaxDocumentNodes = 1_000_000;

    private static readonly IReadOnlyDictionary<string, object?> Empty = FrozenDictionary<string, object?>.Empty;

    /// <summary>Reads a map, such as front matter. An empty document is an empty map; any other root is an error.</summary>
    /// <param name="lineOffset">Added to YAML line numbers so diagnostics name lines of the whole file.</param>
    public static YamlMappingResult ReadMapping(string yaml, string path, int lineOffset, TimeZoneInfo timeZone)
    {
        var tree = YamlTreeReader.Read(yaml, path, lineOffset, timeZone, MaxFrontMatterNodes);
        if (tree.Diagnostics.Count > 0)
        {
            return new YamlMappingResult(Empty, tree.Diagnostics);
        }
        return tree.Value switch
        {
            Dictionary<string, object?> map => new YamlMappingResult(map, tree.Diagnostics),
            null => new YamlMappingResult(Empty, tree.Diagnostics),
            _ => new YamlMappingResult(
                Empty,
                [Diagnostic.Error(
                    DiagnosticCodes.FrontMatterNotMap,
                    path,
                    "front matter must be a set of `key: value` lines, not a list or a single value: write one 'key: value' per line",
                    tree.RootLine)]),
        };
    }

    /// <summary>Reads a document with any root (map, list or scalar), such as a file in <c>_data/</c>.</summary>
    public static YamlDocumentResult ReadDocument(string yaml, string path, TimeZoneInfo timeZone)
    {
        var tree = YamlTreeReader.Read(yaml, path, lineOffset: 0, timeZone, MaxDocumentNodes);
        return new YamlDocumentResult(tree.Value, tree.Diagnostics);
    }
}
