using System.Globalization;
using System.Text.RegularExpressions;

using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Sanitizing;

/// <summary>Reads the XSS corpus, tests/fixtures/xss/vectors.txt (its header describes the format).</summary>
public static partial class XssCorpus
{
    public static string FilePath => RepositoryFiles.PathOf("tests", "fixtures", "xss", "vectors.txt");

    private static readonly Lazy<IReadOnlyList<XssVector>> All = new(() => Parse(File.ReadAllLines(FilePath)));

    /// <summary>Every vector of the corpus file, in file order.</summary>
    public static IReadOnlyList<XssVector> Vectors => All.Value;

    public static IReadOnlyList<XssVector> Parse(IEnumerable<string> lines)
    {
        var vectors = new List<XssVector>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? currentClass = null;
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (ClassLine().Match(line) is { Success: true } classLine)
            {
                currentClass = classLine.Groups["class"].Value;
                continue;
            }
            var entry = EntryLine().Match(line);
            if (!entry.Success || currentClass is null)
            {
                throw new FormatException($"vectors.txt({number}): expected 'ID html|md VECTOR' under a [class] line, found: {line}");
            }
            var id = entry.Groups["id"].Value;
            if (!ids.Add(id))
            {
                throw new FormatException($"vectors.txt({number}): the ID {id} is used twice");
            }
            vectors.Add(new XssVector(id, currentClass, entry.Groups["format"].Value == "md", Expand(entry.Groups["vector"].Value, id)));
        }
        return vectors;
    }

    private static string Expand(string vector, string id) =>
        Placeholder().Replace(vector, match => match.Groups["name"].Value switch
        {
            "ID" => id,
            "TAB" => "\t",
            "LF" => "\n",
            "CR" => "\r",
            "FF" => "\f",
            var code => ((char)int.Parse(code.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
        });

    [GeneratedRegex(@"^\[(?<class>[a-z-]+)\]( |$)", RegexOptions.CultureInvariant)]
    private static partial Regex ClassLine();

    [GeneratedRegex(@"^(?<id>[0-9]{4}) (?<format>html|md) (?<vector>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryLine();

    [GeneratedRegex(@"\{(?<name>ID|TAB|LF|CR|FF|U\+[0-9A-F]{4})\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
