using System.Collections.Frozen;

namespace BlogGen.Markdown.Highlighting;

/// <summary>The fence info names the highlighter knows (<c>```cs</c>, <c>```C#</c>, <c>```rb</c>...), compared case-insensitively.</summary>
public static class CodeLanguages
{
    // Every grammar TextMateSharp.Grammars ships, under its name and the names Rouge knows it by (its tag and aliases),
    // so a Jekyll site's fences find the grammar Rouge would have used. A name in neither is shown plain, as Rouge does.
    private static readonly FrozenDictionary<string, CodeLanguage> ByName = Build(
        ("csharp", "csharp", ["cs", "c#"]),
        ("python", "python", ["py", "python3", "py3"]),
        ("javascript", "javascript", ["js", "mjs", "cjs", "ecmascript"]),
        ("typescript", "typescript", ["ts"]),
        ("json", "json", ["json5", "jsonc"]),
        ("yaml", "yaml", ["yml"]),
        ("bash", "shellscript", ["sh", "shell", "zsh", "ksh", "console", "terminal", "shell_session", "shell-session", "shellscript"]),
        ("powershell", "powershell", ["ps1", "pwsh", "ps", "posh", "psm1"]),
        ("html", "html", ["htm", "xhtml"]),
        ("css", "css", []),
        ("xml", "xml", ["svg", "xaml", "csproj", "rss", "atom", "plist"]),
        ("sql", "sql", []),
        ("go", "go", ["golang"]),
        ("rust", "rust", ["rs"]),
        ("java", "java", []),
        ("c", "c", ["h"]),
        ("cpp", "cpp", ["c++", "cxx", "hpp", "cc", "arduino"]),
        ("markdown", "markdown", ["md", "mkd"]),
        ("diff", "diff", ["patch", "udiff"]),
        ("batchfile", "bat", ["bat", "batch", "dosbatch", "winbatch", "cmd"]),
        ("bibtex", "bibtex", ["bib"]),
        ("clojure", "clojure", ["clj", "cljs", "edn"]),
        ("coffeescript", "coffeescript", ["coffee", "coffee-script"]),
        ("cuda", "cuda-cpp", ["cu"]),
        ("dart", "dart", []),
        ("dockerfile", "dockerfile", ["docker", "containerfile"]),
        ("fsharp", "fsharp", ["fs", "f#", "fsx"]),
        ("groovy", "groovy", ["gradle", "jenkinsfile"]),
        ("handlebars", "handlebars", ["hbs", "mustache"]),
        ("hlsl", "hlsl", []),
        ("ini", "ini", ["cfg", "gitconfig", "toml"]),
        ("properties", "properties", []),
        ("pug", "jade", ["jade"]),
        ("jsx", "javascriptreact", ["react"]),
        ("tsx", "typescriptreact", []),
        ("julia", "julia", ["jl"]),
        ("tex", "latex", ["latex"]),
        ("less", "less", []),
        ("lua", "lua", []),
        ("make", "makefile", ["makefile", "mf", "gnumake", "bsdmake"]),
        ("objective_c", "objective-c", ["objc", "obj-c", "obj_c", "objectivec", "objective-c"]),
        ("objective_cpp", "objective-cpp", ["objcpp", "objc++", "obj-cpp", "objective-cpp"]),
        ("pascal", "pascal", ["delphi", "objectpascal"]),
        ("perl", "perl", ["pl"]),
        ("raku", "perl6", ["perl6", "p6"]),
        ("php", "php", ["php3", "php4", "php5"]),
        ("r", "r", ["rscript", "splus"]),
        ("razor", "razor", ["cshtml"]),
        ("ruby", "ruby", ["rb", "gemspec", "rake", "podspec", "irb"]),
        ("scss", "scss", []),
        ("shaderlab", "shaderlab", []),
        ("swift", "swift", []),
        ("typst", "typst", ["typ"]),
        ("vb", "vb", ["visualbasic", "vbnet", "vba"]),
        ("nasm", "x86asm", ["asm", "x86asm"]),
        ("xsl", "xsl", ["xslt"]),
        ("gitignore", "ignore", ["ignore"]),
        ("asciidoc", "asciidoc", ["adoc"]),
        ("docker-compose", "dockercompose", ["compose"]),
        ("log", "log", []));

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
