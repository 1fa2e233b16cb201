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
public sealed class TemplateLibrary : ITemplateLoader
{
    private readonly FrozenDictionary<string, CompiledTemplate> _layouts;
    private readonly FrozenDictionary<string, CompiledTemplate> _includes;
    private readonly FrozenDictionary<string, ChainResult> _chains;

    private TemplateLibrary(Dictionary<string, CompiledTemplate> layouts, Dictionary<string, CompiledTemplate> includes)
    {
        _layouts = layouts.ToFrozenDictionary(StringComparer.Ordinal);
        _includes = includes.ToFrozenDictionary(StringComparer.Ordinal);
        _chains = layouts.Keys.ToFrozenDictionary(name => name, ResolveChain, StringComparer.Ordinal);
    }

    public static (TemplateLibrary Library, IReadOnlyList<Diagnostic> Diagnostics) Create(ThemeFiles theme)
    {
        var diagnostics = new List<Diagnostic>();
        var layouts = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
        foreach (var layout in theme.Layouts.Values.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            if (Compile(layout, diagnostics) is { } compiled)
            {
                layouts[layout.Name] = compiled;
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
        var library = new TemplateLibrary(layouts, includes);
        foreach (var chain in library._chains.Values.Where(c => c.Problem is not null).OrderBy(c => c.Problem!.Path, StringComparer.Ordinal))
        {
            diagnostics.Add(chain.Problem!);
        }
        return (library, diagnostics.Distinct().ToList());
    }

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>The layouts to apply, innermost first; null when the layout is unknown or its chain is broken.</summary>
    public IReadOnlyList<CompiledTemplate>? Chain(string name) =>
        _chains.TryGetValue(name, out var result) && result.Problem is null ? result.Layouts : null;

    /// <summary>Gives a render context the shared parsed includes, so nothing is parsed twice.</summary>
    internal void Prime(TemplateContext context)
    {
        context.TemplateLoader = this;
        foreach (var (name, include) in _includes)
        {
            context.CachedTemplates[name] = include.Template;
        }
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan,
            $"include '{templatePath}' not found: add it to _includes/ or to the theme's includes/ folder (known: {string.Join(", ", _includes.Keys.Order(StringComparer.Ordinal))})");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private static CompiledTemplate? Compile(ThemeTemplate source, List<Diagnostic> diagnostics)
    {
        IReadOnlyDictionary<string, object?> frontMatter = new Dictionary<string, object?>(StringComparer.Ordinal);
        var body = source.Text;
        var firstLine = 1;
        if (FrontMatterParser.HasFrontMatter(source.Text))
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
        var template = TemplateParser.Parse(body, source.DisplayPath, source.Syntax, firstLine, DiagnosticCodes.TemplateSyntaxError, diagnostics);
        return template is null ? null : new CompiledTemplate(source, template, frontMatter, frontMatter.GetValueOrDefault("layout") as string, firstLine);
    }

    private ChainResult ResolveChain(string name)
    {
        var chain = new List<CompiledTemplate>();
        var current = _layouts[name];
        while (true)
        {
            if (chain.Contains(current))
            {
                var cycle = string.Join(" -> ", chain.Select(c => c.Source.Name).Append(current.Source.Name));
                return new ChainResult([], Diagnostic.Error(DiagnosticCodes.LayoutCycle, current.Source.DisplayPath,
                    $"layouts form a cycle ({cycle}): remove `layout:` from one of them"));
            }
            chain.Add(current);
            if (current.Parent is null)
            {
                return new ChainResult(chain, null);
            }
            if (!_layouts.TryGetValue(current.Parent, out var parent))
            {
                return new ChainResult([], Diagnostic.Error(DiagnosticCodes.LayoutNotFound, current.Source.DisplayPath,
                    $"layout '{current.Parent}' not found: add _layouts/{current.Parent}.html or change `layout:`"));
            }
            current = parent;
        }
    }

    private sealed record ChainResult(IReadOnlyList<CompiledTemplate> Layouts, Diagnostic? Problem);
}
