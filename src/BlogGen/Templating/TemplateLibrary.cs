using System.Collections.Frozen;

using BlogGen.Content;
using BlogGen.Diagnostics;

using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>
/// Every layout and include of the site, parsed once and shared across threads. Layout chains are resolved
/// up front, so a missing layout or a cycle is found once and reported where it is.
/// </summary>
public sealed class TemplateLibrary
{
    /// <summary>The function <see cref="JekyllTags"/> turns Liquid's <c>{% include %}</c> into.</summary>
    internal const string IncludeFunctionName = "jekyll_include";

    /// <summary>The function <see cref="JekyllTags"/> turns Jekyll's <c>{% include_relative %}</c> into.</summary>
    internal const string RelativeIncludeFunctionName = "jekyll_include_relative";

    private readonly FrozenDictionary<string, CompiledTemplate> _layouts;
    private readonly FrozenSet<string> _brokenLayouts;
    private readonly FrozenDictionary<string, CompiledTemplate> _includes;
    private readonly FrozenDictionary<string, CompiledTemplate?> _relativeIncludes;
    private readonly FrozenDictionary<string, ChainResult> _chains;
    private readonly ScriptObject _functions;

    private TemplateLibrary(Dictionary<string, CompiledTemplate> layouts, IEnumerable<string> brokenLayouts, Dictionary<string, CompiledTemplate> includes,
        Dictionary<string, CompiledTemplate?> relativeIncludes)
    {
        _layouts = layouts.ToFrozenDictionary(StringComparer.Ordinal);
        _brokenLayouts = brokenLayouts.ToFrozenSet(StringComparer.Ordinal);
        _includes = includes.ToFrozenDictionary(StringComparer.Ordinal);
        _relativeIncludes = relativeIncludes.ToFrozenDictionary(StringComparer.Ordinal);
        _chains = layouts.Keys.Select(name => KeyValuePair.Create(name, ResolveChain(name)))
            .Concat(_brokenLayouts.Select(name => KeyValuePair.Create(name, ChainResult.Broken)))
            .ToFrozenDictionary(StringComparer.Ordinal);
        // Scriban's own include is replaced too, so that every include renders with the rules of its own syntax.
        _functions = new ScriptObject
        {
            [IncludeFunctionName] = new JekyllInclude(this, relative: false),
            [RelativeIncludeFunctionName] = new JekyllInclude(this, relative: true),
            ["include"] = new ScribanInclude(this),
            [LiquidConditions.ContainsFunctionName] = new TemplateFunction([TemplateFunction.Value("container"), TemplateFunction.Value("item")],
                (context, arguments) => Filters.LiquidValues.Contains(context, arguments[0], arguments[1])),
            [LiquidConditions.RangeFunctionName] = new TemplateFunction([TemplateFunction.Value("from"), TemplateFunction.Value("to")],
                (_, arguments) => LiquidConditions.Range(arguments[0], arguments[1])),
        };
        _functions.IsReadOnly = true;
    }

    public static (TemplateLibrary Library, IReadOnlyList<Diagnostic> Diagnostics) Create(ThemeFiles theme)
    {
        var diagnostics = new List<Diagnostic>();
        var layouts = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
        var brokenLayouts = new List<string>();
        foreach (var layout in theme.Layouts.Values.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            if (Compile(layout, diagnostics) is { } compiled)
            {
                layouts[layout.Name] = compiled;
            }
            else
            {
                brokenLayouts.Add(layout.Name);
            }
        }
        var includes = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
        foreach (var include in theme.Includes.Values.OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            if (Compile(include, diagnostics) is { } compiled)
            {
                includes[include.Name] = compiled;
            }
        }
        // A file include_relative reads is included whole, front matter and all, as Jekyll reads it; one that does not
        // parse is kept as null, so that where it is included says so (its error was reported where it is).
        var relativeIncludes = new Dictionary<string, CompiledTemplate?>(StringComparer.Ordinal);
        foreach (var file in theme.RelativeIncludes)
        {
            relativeIncludes[file.Name] = Compile(file, diagnostics, withFrontMatter: false);
        }
        var library = new TemplateLibrary(layouts, brokenLayouts, includes, relativeIncludes);
        foreach (var chain in library._chains.Values.Where(c => c.Problem is not null).OrderBy(c => c.Problem!.Path, StringComparer.Ordinal))
        {
            diagnostics.Add(chain.Problem!);
        }
        return (library, diagnostics.Distinct().ToList());
    }

    /// <summary>True when the site or theme has this layout, even if it or its chain is broken (that was reported once, here).</summary>
    public bool HasLayout(string name) => _chains.ContainsKey(name);

    /// <summary>The layouts to apply, innermost first; null when the layout is unknown or its chain is broken.</summary>
    public IReadOnlyList<CompiledTemplate>? Chain(string name) =>
        _chains.TryGetValue(name, out var result) ? result.Layouts : null;

    /// <summary>The file line on which the body of the layout or include shown as <paramref name="displayPath"/> starts.</summary>
    internal int FirstLineOf(string displayPath) =>
        _layouts.Values.Concat(_includes.Values).FirstOrDefault(t => t.Source.DisplayPath == displayPath)?.FirstLine ?? 1;

    /// <summary>Gives a render context the include functions, which render the shared parsed includes: nothing is parsed twice.</summary>
    internal void Prime(TemplateContext context) => context.PushGlobal(_functions);

    /// <summary>The include named <paramref name="name"/>; an error at <paramref name="callerSpan"/> saying where to put it when there is none.</summary>
    internal CompiledTemplate Include(string name, SourceSpan callerSpan) =>
        _includes.TryGetValue(name, out var include) ? include : throw IncludeNotFound(callerSpan, name);

    /// <summary>
    /// The file <c>{% include_relative name %}</c> reads when the page at <paramref name="pagePath"/> (null: a page BlogGen
    /// made) renders; an error at <paramref name="callerSpan"/> when the name is not one Jekyll allows or there is no such file.
    /// </summary>
    internal CompiledTemplate RelativeInclude(string name, string? pagePath, SourceSpan callerSpan)
    {
        if (!IncludeRelativeFiles.IsValidName(name))
        {
            throw new CodedRuntimeException(callerSpan, DiagnosticCodes.IncludeRelativeNotFound,
                $"include_relative '{name}' is not a name Jekyll allows (letters, digits and _ / . - ( ) + ~ # @ only, and no '..', './' or '//': " +
                "a file outside the page's folder cannot be included): move the file beside the page, or into _includes/ and use include");
        }
        var path = IncludeRelativeFiles.PathOf(pagePath, name);
        if (_relativeIncludes.TryGetValue(path, out var include))
        {
            return include ?? throw new CodedRuntimeException(callerSpan, DiagnosticCodes.IncludeRelativeNotFound,
                $"include_relative '{name}' reads {path}, whose Liquid has an error (reported in {path}): fix it there");
        }
        throw new CodedRuntimeException(callerSpan, DiagnosticCodes.IncludeRelativeNotFound, name.Contains("{{", StringComparison.Ordinal)
            ? $"include_relative '{name}': a name Liquid makes while rendering is not read by BlogGen, which reads the files include_relative names before rendering: write the name out"
            : $"include_relative '{name}' not found: there is no file {path} (include_relative looks in the folder of the page being rendered{(pagePath is null ? "" : $", {pagePath}")}, as Jekyll does; for _includes/ use include)");
    }

    private ScriptRuntimeException IncludeNotFound(SourceSpan callerSpan, string name) =>
        new(callerSpan,
            $"include '{name}' not found: add it to _includes/ or to the theme's includes/ folder (known: {string.Join(", ", _includes.Keys.Order(StringComparer.Ordinal))})");

    private static CompiledTemplate? Compile(ThemeTemplate source, List<Diagnostic> diagnostics, bool withFrontMatter = true)
    {
        IReadOnlyDictionary<string, object?> frontMatter = new Dictionary<string, object?>(StringComparer.Ordinal);
        var body = source.Text;
        var firstLine = 1;
        if (withFrontMatter && FrontMatterParser.HasFrontMatter(source.Text))
        {
            var parsed = FrontMatterParser.Parse(source.Text, source.DisplayPath, TimeZoneInfo.Utc);
            diagnostics.AddRange(parsed.Diagnostics);
            if (parsed.Failed)
            {
                return null;
            }
            frontMatter = parsed.Values;
            body = parsed.Body;
            firstLine = parsed.BodyStartLine;
        }
        // Parsed first: the parser refuses an unclosed tag or block before anything searches the text for whole tags.
        var template = TemplateParser.Parse(body, source.DisplayPath, source.Syntax, firstLine, DiagnosticCodes.TemplateSyntaxError, diagnostics,
            passUnknownFilters: true);
        if (template is null)
        {
            return null;
        }
        if (source.Syntax == TemplateSyntax.Liquid)
        {
            diagnostics.AddRange(UnknownLiquidTags.All(body).Select(tag => Diagnostic.Warning(DiagnosticCodes.LiquidTagUnknown, source.DisplayPath,
                $"'{{% {tag.Name} %}}' is not a tag of Liquid or Jekyll that BlogGen runs (a plugin's tag?), so it prints nothing: remove it, or put what it should print in its place",
                firstLine + tag.Line, tag.Column + 1)));
            diagnostics.AddRange(HighlightOptionWarnings(body, source.DisplayPath, firstLine));
            diagnostics.AddRange(IgnoredLoopArguments.Report(body, source.DisplayPath, firstLine));
        }
        return new CompiledTemplate(source, template, frontMatter, frontMatter.GetValueOrDefault("layout") as string, firstLine);
    }

    /// <summary>A warning for each <c>{% highlight %}</c> option in <paramref name="text"/> that changes nothing, at its tag.</summary>
    internal static IEnumerable<Diagnostic> HighlightOptionWarnings(string text, string displayPath, int firstLine) =>
        JekyllTags.UnusedHighlightOptions(text).Select(unused => Diagnostic.Warning(DiagnosticCodes.HighlightOptionUnused, displayPath,
            $"'{unused.Option}' is not an option of {{% highlight %}} that Jekyll or BlogGen uses, so it changes nothing: remove it; mark lines with mark_lines=\"1 2\", number them with linenos",
            firstLine + unused.Line, unused.Column + 1));

    private ChainResult ResolveChain(string name)
    {
        var chain = new List<CompiledTemplate>();
        var current = _layouts[name];
        while (true)
        {
            if (chain.IndexOf(current) is var repeated and >= 0)
            {
                return new ChainResult(null, CycleError(chain[repeated..]));
            }
            chain.Add(current);
            if (current.Parent is null)
            {
                return new ChainResult(chain, null);
            }
            if (_brokenLayouts.Contains(current.Parent))
            {
                return ChainResult.Broken; // the parent's own error was reported where it is
            }
            if (!_layouts.TryGetValue(current.Parent, out var parent))
            {
                return new ChainResult(null, Diagnostic.Error(DiagnosticCodes.LayoutNotFound, current.Source.DisplayPath,
                    $"layout '{current.Parent}' not found: add _layouts/{current.Parent}.html or change `layout:`"));
            }
            current = parent;
        }
    }

    /// <summary>One diagnostic per cycle, whichever layout it is reached from: it starts at the ordinally first layout of the cycle.</summary>
    private static Diagnostic CycleError(List<CompiledTemplate> cycle)
    {
        var start = cycle.IndexOf(cycle.MinBy(c => c.Source.Name, StringComparer.Ordinal)!);
        var ordered = cycle[start..].Concat(cycle[..start]).ToList();
        var names = string.Join(" -> ", ordered.Append(ordered[0]).Select(c => c.Source.Name));
        return Diagnostic.Error(DiagnosticCodes.LayoutCycle, ordered[0].Source.DisplayPath,
            $"layouts form a cycle ({names}): remove `layout:` from one of them");
    }

    private sealed record ChainResult(IReadOnlyList<CompiledTemplate>? Layouts, Diagnostic? Problem)
    {
        public static ChainResult Broken { get; } = new(null, null);
    }
}
