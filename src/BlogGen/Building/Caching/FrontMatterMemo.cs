using BlogGen.Content;
using BlogGen.Hashing;
using BlogGen.Yaml;

namespace BlogGen.Building.Caching;

/// <summary>
/// Front matter values by a hash of the YAML text and the time zone it was read in, kept in the build cache: a build
/// reads every post again (only the preview server remembers files as read), and parsing each post's YAML again was
/// about a twentieth of a build after one edit at 1,000 posts. Only front matter that parsed without a diagnostic is
/// kept, so every warning and error is found again by the parser. Thread-safe.
/// </summary>
internal sealed class FrontMatterMemo(IEnumerable<KeyValuePair<UInt128, IReadOnlyDictionary<string, object?>>> entries) : IFrontMatterMemo
{
    public RetainedEntries<UInt128, IReadOnlyDictionary<string, object?>> Entries { get; } = new(entries, Comparer<UInt128>.Default);

    public YamlMappingResult ReadMapping(string yaml, string path, int lineOffset, TimeZoneInfo timeZone)
    {
        var key = new ContentHash().Add(yaml).Add(timeZone.Id).Value;
        if (Entries.TryReuse(key, _ => true, out var values))
        {
            return new YamlMappingResult(values, []);
        }
        var read = YamlValueReader.ReadMapping(yaml, path, lineOffset, timeZone);
        if (read.Diagnostics.Count == 0)
        {
            Entries.Add(key, read.Values);
        }
        return read;
    }
}
