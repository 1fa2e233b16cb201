using System.Globalization;
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
    public (string? Css, Diagnostic? Error) Compile(string text, string fullPath, string displayPath, int bodyStartLine) =>
        CompileAll([new SassSource(text, fullPath, displayPath, bodyStartLine)])[0];

    /// <summary>
    /// The CSS of each source, in order, as <see cref="Compile"/> gives it. Dart Sass runs on Node, whose start costs
    /// more than compiling most stylesheets, and it parses a partial once for every stylesheet of one run that imports
    /// it: all sources of one folder compile in one run. Sass reads files, so each text goes into a temporary folder
    /// of its own (its extension tells Sass the syntax); its real folder comes first among the load paths, so its
    /// imports find what they found beside it. Sources of different folders run apart (at the same time), so that one never finds a
    /// partial beside another.
    /// </summary>
    public IReadOnlyList<(string? Css, Diagnostic? Error)> CompileAll(IReadOnlyList<SassSource> sources)
    {
        var results = new (string? Css, Diagnostic? Error)[sources.Count];
        if (program is null)
        {
            for (var i = 0; i < sources.Count; i++)
            {
                results[i] = (null, Diagnostic.Error(DiagnosticCodes.SassNotInstalled, sources[i].DisplayPath,
                    "this Sass file needs Dart Sass to become CSS, and no `sass` program is on PATH: install it (`npm install -g sass`, "
                    + "or the standalone release from https://github.com/sass/dart-sass/releases) and build again; the rest of the site is built"));
            }
            return results;
        }
        var byFolder = Enumerable.Range(0, sources.Count).GroupBy(i => Path.GetDirectoryName(sources[i].FullPath) ?? ".", StringComparer.Ordinal).ToArray();
        Parallel.ForEach(byFolder, folder =>
        {
            var indices = folder.ToArray();
            var css = CompileFolder(program, folder.Key, [.. indices.Select(i => sources[i])]);
            for (var k = 0; k < indices.Length; k++)
            {
                results[indices[k]] = css[k];
            }
        });
        return results;
    }

    private (string? Css, Diagnostic? Error)[] CompileFolder(string program, string folder, SassSource[] sources)
    {
        var work = Directory.CreateTempSubdirectory("bloggen-sass-");
        try
        {
            List<string> arguments = ["--no-source-map", "--quiet", "--no-error-css", $"--style={style}"];
            arguments.AddRange(loadPaths.Prepend(folder).Select(path => "--load-path=" + path));
            // Relative to the working folder, as Sass names the file in its errors: "3/main.scss 5:10  root stylesheet".
            // Under its own name, as Jekyll compiles it: another name could be one of its imports ("stylesheet" importing
            // _sass/_stylesheet.scss would load itself).
            var inputs = new string[sources.Length];
            for (var k = 0; k < sources.Length; k++)
            {
                inputs[k] = $"{k.ToString(CultureInfo.InvariantCulture)}/{Path.GetFileName(sources[k].FullPath)}";
                Directory.CreateDirectory(Path.Combine(work.FullName, k.ToString(CultureInfo.InvariantCulture)));
                File.WriteAllText(Path.Combine(work.FullName, inputs[k]), sources[k].Text);
                arguments.Add($"{inputs[k]}:{OutputOf(k)}");
            }
            // Each stylesheet has the time one would have alone.
            var result = ExternalCommand.Run(program, arguments, work.FullName, timeout: ExternalCommand.DefaultTimeout * sources.Length);
            var stops = SassStops(result.Error);
            var results = new (string? Css, Diagnostic? Error)[sources.Length];
            for (var k = 0; k < sources.Length; k++)
            {
                var output = Path.Combine(work.FullName, OutputOf(k));
                results[k] = !result.TimedOut && File.Exists(output)
                    ? (File.ReadAllText(output), null)
                    : (null, Failure(sources[k], result, stops.TryGetValue(k.ToString(CultureInfo.InvariantCulture), out var stop) ? stop : null, stops.Count > 0));
            }
            return results;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string OutputOf(int k) => $"css/{k.ToString(CultureInfo.InvariantCulture)}.css";

    /// <param name="othersStopped">Sass named where it stopped in other files of the run: its first error is theirs, not this one's.</param>
    private static Diagnostic Failure(SassSource source, ExternalCommandResult result, (string Why, int Line)? stop, bool othersStopped)
    {
        var why = result.TimedOut ? "sass did not finish in time (a minute for each stylesheet of the run)"
            : stop?.Why ?? (othersStopped ? null : result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault())
                ?? $"sass wrote no CSS for it and ended with code {result.ExitCode}";
        var line = stop is { } at ? source.BodyStartLine + at.Line - 1 : 0;
        return Diagnostic.Error(DiagnosticCodes.SassFailed, source.DisplayPath, $"Sass could not compile this file: {why}", line);
    }

    /// <summary>
    /// Each error Sass printed, by the file it compiled (as named on its command line): the error's first line and the
    /// line of that file where it stopped (where it imported the partial that failed, if the error is in a partial).
    /// </summary>
    private static Dictionary<string, (string Why, int Line)> SassStops(string errors)
    {
        var stops = new Dictionary<string, (string Why, int Line)>(StringComparer.Ordinal);
        foreach (var block in errors.Split("\nError: ").Select((text, i) => i == 0 ? text : "Error: " + text))
        {
            var at = RootPosition().Match(block);
            if (at.Success)
            {
                stops.TryAdd(at.Groups["folder"].Value, (block.Split('\n', StringSplitOptions.TrimEntries)[0],
                    int.Parse(at.Groups["line"].Value, CultureInfo.InvariantCulture)));
            }
        }
        return stops;
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

    /// <summary>Where Dart Sass says it stopped in a file it was given: <c>3/main.scss 3:9  root stylesheet</c> (<c>3\main.scss</c> on Windows).</summary>
    [GeneratedRegex(@"^\s*(?<folder>\d+)[/\\](?<name>\S+) (?<line>\d+):\d+\s+root stylesheet\s*$", RegexOptions.Multiline)]
    private static partial Regex RootPosition();
}
