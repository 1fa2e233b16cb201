using System.IO.Hashing;
using System.Text.RegularExpressions;

using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Hashing;

namespace BlogGen.Stylesheets;

/// <summary>
/// Compiles a Sass or SCSS file with front matter (a Jekyll site's <c>assets/main.scss</c>) into CSS with Dart Sass,
/// the <c>sass</c> program on <c>PATH</c> (the standalone release or the npm package): no maintained Sass compiler
/// runs inside .NET. Imports are looked up beside the file, then in the site's and the theme gem's <c>_sass/</c>
/// folders, as jekyll-sass-converter does. One compiler serves one build; <see cref="InputsHash"/> is what a cached
/// result must be kept against besides the file's own text.
/// </summary>
/// <param name="loadPaths">The Sass folders, the site's first (<see cref="ThemeFiles.SassDirectories"/>).</param>
/// <param name="style">Jekyll's <c>sass: style:</c>, <c>expanded</c> unless set.</param>
/// <param name="program">The <c>sass</c> program (<see cref="FindProgram"/>); null when it is not installed.</param>
public sealed partial class SassCompiler(IReadOnlyList<string> loadPaths, string style, string? program)
{
    private readonly Lazy<UInt128> _inputs = new(() => HashOf(loadPaths, style, program));

    /// <summary>
    /// The partials every compile may import (each file's path and bytes under the load paths) and the style: a partial
    /// changed since a result was cached means compiling again.
    /// </summary>
    public UInt128 InputsHash => _inputs.Value;

    /// <summary>
    /// The CSS of <paramref name="text"/> (Liquid already applied), or null with an error naming
    /// <paramref name="displayPath"/>, the line where Sass stopped, and what to do.
    /// </summary>
    /// <param name="fullPath">The file on disk, whose folder is searched first for imports.</param>
    /// <param name="bodyStartLine">The line of the file the text starts on, after its front matter.</param>
    public (string? Css, Diagnostic? Error) Compile(string text, string fullPath, string displayPath, int bodyStartLine)
    {
        if (program is null)
        {
            return (null, Diagnostic.Error(DiagnosticCodes.SassNotInstalled, displayPath,
                "this Sass file needs Dart Sass to become CSS, and no `sass` program is on PATH: install it (`npm install -g sass`, "
                + "or the standalone release from https://github.com/sass/dart-sass/releases) and build again; the rest of the site is built"));
        }
        var folder = Path.GetDirectoryName(fullPath) ?? ".";
        List<string> arguments = ["--stdin", "--no-source-map", "--quiet", $"--style={style}"];
        if (Path.GetExtension(fullPath).Equals(".sass", StringComparison.OrdinalIgnoreCase))
        {
            arguments.Add("--indented");
        }
        arguments.AddRange(loadPaths.Prepend(folder).Select(path => "--load-path=" + path));
        var result = ExternalCommand.Run(program, arguments, Directory.Exists(folder) ? folder : Environment.CurrentDirectory, text);
        if (result.Succeeded)
        {
            return (result.Output, null);
        }
        var why = result.TimedOut ? $"sass did not finish within {ExternalCommand.DefaultTimeout.TotalSeconds:0} seconds"
            : result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"sass ended with code {result.ExitCode}";
        var at = StdinPosition().Match(result.Error);
        var line = at.Success ? bodyStartLine + int.Parse(at.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1 : 0;
        return (null, Diagnostic.Error(DiagnosticCodes.SassFailed, displayPath, $"Sass could not compile this file: {why}", line));
    }

    /// <summary>Dart Sass on <c>PATH</c>: the standalone release and the npm package both install a <c>sass</c> command.</summary>
    public static string? FindProgram() => ExternalCommand.Find("sass");

    private static UInt128 HashOf(IReadOnlyList<string> loadPaths, string style, string? program)
    {
        var hash = new ContentHash().Add(style).Add(program);
        foreach (var folder in loadPaths.Where(Directory.Exists))
        {
            hash.Add(folder);
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.Add(Path.GetRelativePath(folder, file)).Add(XxHash128.HashToUInt128(File.ReadAllBytes(file)));
            }
        }
        return hash.Value;
    }

    /// <summary>Where Dart Sass says it stopped in the text it read: <c>- 3:9  root stylesheet</c>.</summary>
    [GeneratedRegex(@"(\d+):\d+\s+root stylesheet")]
    private static partial Regex StdinPosition();
}
