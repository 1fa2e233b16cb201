using System.Collections.Frozen;

namespace BlogGen.Markdown.Highlighting;

/// <summary>The fence info names the highlighter knows (<c>```cs</c>, <c>```C#</c>...), compared case-insensitively.</summary>
public static class CodeLanguages
{
    private static readonly FrozenDictionary<string, CodeLanguage> ByName = Build(
        ("csharp", "csharp", ["cs", "c#"]),
        ("python", "python", ["py"]),
        ("javascript", "javascript", ["js", "mjs", "cjs"]),
        ("typescript", "typescript", ["ts"]),
        ("json", "json", []),
        ("yaml", "yaml", ["yml"]),
        ("bash", "shellscript", ["sh", "shell", "zsh", "console"]),
        ("powershell", "powershell", ["ps1", "pwsh", "ps"]),
        ("html", "html", ["htm", "xhtml"]),
        ("css", "css", []),
        ("xml", "xml", ["svg", "xaml", "csproj"]),
        ("sql", "sql", []),
        ("go", "go", ["golang"]),
        ("rust", "rust", ["rs"]),
        ("java", "java", []),
        ("c", "c", ["h"]),
        ("cpp", "cpp", ["c++", "cxx", "hpp"]),
        ("markdown", "markdown", ["md"]),
        ("diff", "diff", ["patch"]));

    /// <summary>Every name and alias, sorted: what the documentation lists.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The language of a fence info string (its first word), or null when it is empty or unknown.</summary>
    public static CodeLanguage? Find(string? info)
    {
        if (string.IsNullOrWhiteSpace(info))
        {
            return null;
        }
        var name = info.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
        return ByName.GetValueOrDefault(name);
    }

    private static FrozenDictionary<string, CodeLanguage> Build(params (string Name, string GrammarId, string[] Aliases)[] languages)
    {
        var byName = new Dictionary<string, CodeLanguage>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, grammarId, aliases) in languages)
        {
            var language = new CodeLanguage(name, grammarId);
            byName.Add(name, language);
            foreach (var alias in aliases)
            {
                byName.Add(alias, language);
            }
        }
        return byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
