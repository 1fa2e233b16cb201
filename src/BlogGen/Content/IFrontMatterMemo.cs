using BlogGen.Yaml;

namespace BlogGen.Content;

/// <summary>
/// Reads front matter YAML as <see cref="YamlValueReader.ReadMapping"/> does, giving back what an earlier build parsed
/// from the same text in the same time zone instead of parsing it again (see the build cache).
/// </summary>
public interface IFrontMatterMemo
{
    YamlMappingResult ReadMapping(string yaml, string path, int lineOffset, TimeZoneInfo timeZone);
}
