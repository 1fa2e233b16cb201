using System.Text.RegularExpressions;

using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Docs;

/// <summary>The pages of the user guide (docs/*.md) and the fenced code blocks and headings in them.</summary>
public static partial class GuidePages
{
    public static string Folder => RepositoryFiles.PathOf("docs");

    /// <summary>The file names of the guide's pages, sorted: "cli.md", "configuration.md", ...</summary>
    public static IReadOnlyList<string> Names() =>
        [.. Directory.EnumerateFiles(Folder, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public static string Text(string page) => File.ReadAllText(Path.Combine(Folder, page)).ReplaceLineEndings("\n");

    /// <summary>Every fenced block of <paramref name="page"/>: its info string, the line its fence is on, its lines.</summary>
    public static IReadOnlyList<FencedBlock> Blocks(string page)
    {
        var blocks = new List<FencedBlock>();
        var lines = Text(page).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var opening = FenceLine().Match(lines[i]);
            if (!opening.Success)
            {
                continue;
            }
            var fence = opening.Groups["fence"].Value;
            var start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && !IsClosing(lines[i], fence); i++)
            {
                body.Add(lines[i]);
            }
            blocks.Add(new FencedBlock(page, start + 1, opening.Groups["info"].Value.Trim(), body));
        }
        return blocks;
    }

    /// <summary>The lines of a page outside fenced blocks, with their line numbers.</summary>
    public static IEnumerable<(int Line, string Text)> ProseLines(string page) => ProseLinesOf(Text(page));

    public static IEnumerable<(int Line, string Text)> ProseLinesOf(string markdown)
    {
        var lines = markdown.Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (fence is null && FenceLine().Match(lines[i]) is { Success: true } opening)
            {
                fence = opening.Groups["fence"].Value;
            }
            else if (fence is not null && IsClosing(lines[i], fence))
            {
                fence = null;
            }
            else if (fence is null)
            {
                yield return (i + 1, lines[i]);
            }
        }
    }

    /// <summary>
    /// The ids GitHub gives the headings of a page: the text lowercased, characters other than
    /// letters, digits, spaces, '-' and '_' dropped, spaces made '-'; a repeated id gets "-1", "-2", ...
    /// </summary>
    public static IReadOnlySet<string> HeadingIds(string page) => HeadingIdsOf(Text(page));

    public static IReadOnlySet<string> HeadingIdsOf(string markdown)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, text) in ProseLinesOf(markdown))
        {
            var heading = Heading().Match(text);
            if (!heading.Success)
            {
                continue;
            }
            var plain = LinkMarkup().Replace(heading.Groups["text"].Value.Trim(), "${text}");
            var id = new string([.. plain.ToLowerInvariant()
                .Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')
                .Select(c => c == ' ' ? '-' : c)]);
            var unique = id;
            for (var n = 1; !ids.Add(unique); n++)
            {
                unique = $"{id}-{n}";
            }
        }
        return ids;
    }

    private static bool IsClosing(string line, string fence) =>
        line.TrimStart().StartsWith(fence, StringComparison.Ordinal) && line.Trim().Trim(fence[0]).Length == 0;

    [GeneratedRegex(@"^\s{0,3}(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex FenceLine();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkMarkup();
}
