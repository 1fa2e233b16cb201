using System.Globalization;

using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Generators;

using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>
/// Renders Liquid in content and layout chains. Thread-safe: the library and the globals
/// (filters, <c>site</c>, <c>bloggen</c>) are shared read-only, each render gets its own context.
/// </summary>
public sealed class PageRenderer
{
    private readonly TemplateLibrary _library;
    private readonly ScriptObject _globals;
    private readonly TemplateObjects _objects;

    /// <summary>A build's renderer: the site's filters and functions, its <c>site</c> object, and <c>bloggen.version</c>.</summary>
    /// <param name="objects">The build's template objects, after <see cref="TemplateObjects.BeginSite"/>.</param>
    /// <param name="environment">Jekyll's <c>jekyll.environment</c> (see <see cref="Configuration.SiteConfig.Environment"/>).</param>
    public PageRenderer(TemplateLibrary library, SiteFunctions functions, TemplateObjects objects, string toolVersion, string environment = "development")
    {
        _library = library;
        _objects = objects;
        _globals = functions.ToScriptObject();
        _globals["site"] = objects.Site;
        _globals["bloggen"] = ScriptValues.ReadOnly(new ScriptObject { ["version"] = toolVersion });
        _globals["jekyll"] = ScriptValues.ReadOnly(new ScriptObject { ["environment"] = environment });
    }

    /// <summary>Liquid in <paramref name="document"/>'s body, with its page as read (see <see cref="TemplateObjects.MembersAddedLater"/>).</summary>
    /// <param name="reads">Records what the body's Liquid read; null when nobody asks.</param>
    /// <param name="shownBodies">The documents (by source path) whose <c>content</c> and <c>excerpt</c> this build showed already (see <see cref="TemplateObjects.ShowBodies"/>).</param>
    public RenderResult RenderContent(Document document, RenderDependencies? reads = null, IReadOnlySet<string>? shownBodies = null) =>
        RenderContent(document.Body, document.Source.RelativePath, document.BodyStartLine, _objects.PageOf(document),
            WhileBodiesRender with { Reads = reads, ShownBodies = shownBodies, PagePath = document.Source.RelativePath });

    /// <summary>
    /// Liquid in the body of a document's copy on one page of a list (the paginated home), with that page's <c>page</c>
    /// and <c>paginator</c>, as jekyll-paginate renders its index page once per page.
    /// </summary>
    public RenderResult RenderContent(GeneratedPage item)
    {
        var document = item.Document ?? throw new ArgumentException("the page holds no document", nameof(item));
        var (page, paginator) = _objects.ObjectsOf(item);
        return RenderContent(document.Body, document.Source.RelativePath, document.BodyStartLine, page,
            RenderScope.None with { PagePath = document.Source.RelativePath }, paginator);
    }

    /// <summary>A page through its layouts, recording what the templates read of other pages and of <c>site</c>.</summary>
    public RenderResult RenderPage(GeneratedPage item, RenderDependencies reads)
    {
        var (page, paginator) = _objects.ObjectsOf(item);
        // A page's own content is recorded as read, so that the page counts among those that read its document.
        if (page is PageObject document)
        {
            reads.Read(document, "content");
        }
        return RenderLayouts(page["content"] as string ?? "", item.Layout, page, paginator, item.Origin,
            new RenderScope(reads, null) { PagePath = item.Document?.Source.RelativePath });
    }

    private static readonly RenderScope WhileBodiesRender = new(null, TemplateObjects.MembersAddedLater);


    /// <summary>Liquid in a post or page body. Text that fails to parse or run is kept as written, with a warning.</summary>
    /// <param name="scope">What the render records and hides (see <see cref="RenderScope"/>); none by default.</param>
    /// <param name="paginator">The <c>paginator</c> of a page of a list; none on a document's own page.</param>
    internal RenderResult RenderContent(string body, string displayPath, int firstLine, ScriptObject page, RenderScope? scope = null, ScriptObject? paginator = null)
    {
        if (!LiquidMarkup.IsIn(body))
        {
            return new RenderResult(body, []);
        }
        // Parsed first: the parser refuses an unclosed tag or block before anything searches the text for whole tags.
        var diagnostics = new List<Diagnostic>();
        var template = TemplateParser.Parse(body, displayPath, TemplateSyntax.Liquid, firstLine, DiagnosticCodes.ContentLiquidRenderedLiterally, diagnostics);
        if (template is null)
        {
            return new RenderResult(body, [.. diagnostics.Take(1).Select(d => d with { Severity = Severity.Warning })]);
        }
        if (UnknownLiquidTags.First(body) is var (name, line))
        {
            return new RenderResult(body, [Diagnostic.Warning(DiagnosticCodes.ContentLiquidRenderedLiterally, displayPath,
                $"'{{% {name} %}}' is not a Liquid tag, so the text is shown as written. Add `render_with_liquid: false` to the front matter if it is not meant as Liquid",
                firstLine + line)]);
        }
        var warnings = TemplateLibrary.HighlightOptionWarnings(body, displayPath, firstLine).ToList();
        // `include` outside an include is nil in Jekyll (a page may read `include.title` to be included or not), not
        // Scriban's include function.
        var locals = new ScriptObject { ["page"] = OwnCopy(page), ["include"] = null };
        if (paginator is not null)
        {
            locals["paginator"] = paginator;
        }
        try
        {
            return new RenderResult(BlogTemplateContext.Render(NewContext(locals, scope ?? RenderScope.None), template),
                [.. warnings, .. IgnoredLoopArguments.Report(body, displayPath, firstLine)]);
        }
        catch (ScriptRuntimeException e)
        {
            // An error inside an include is reported where it is, naming the document that included it. An error with a
            // code of its own is an error; the text is still shown as written and the build goes on.
            var inInclude = e.Span.FileName is { Length: > 0 } file && file != displayPath;
            var (code, severity) = e is CodedRuntimeException coded ? (coded.Code, Severity.Error) : (DiagnosticCodes.ContentLiquidRenderedLiterally, Severity.Warning);
            return new RenderResult(body, [.. warnings, inInclude
                ? TemplateParser.ToDiagnostic(e.Span, $"{RenderErrorMessage.Of(e)} (while rendering {displayPath})", e.Span.FileName,
                    _library.FirstLineOf(e.Span.FileName), code, severity)
                : TemplateParser.ToDiagnostic(e.Span, RenderErrorMessage.Of(e), displayPath, firstLine, code, severity)]);
        }
    }

    /// <summary>Wraps <paramref name="content"/> in the layout and its parents.</summary>
    /// <param name="requestedBy">The document asking for the layout, named in the error when it does not exist.</param>
    /// <param name="scope">What the render records and hides (see <see cref="RenderScope"/>); none by default.</param>
    internal RenderResult RenderLayouts(string content, string? layoutName, ScriptObject page, ScriptObject? paginator, string requestedBy, RenderScope? scope = null)
    {
        if (layoutName is null)
        {
            return new RenderResult(content, []);
        }
        var chain = _library.Chain(layoutName);
        if (chain is null)
        {
            // A broken chain was reported once by the library; only a layout nobody defined is this page's own problem.
            return new RenderResult(null, _library.HasLayout(layoutName) ? [] : [Diagnostic.Error(DiagnosticCodes.LayoutNotFound, requestedBy,
                $"layout '{layoutName}' not found: add _layouts/{layoutName}.html, or set `layout:` to an existing layout (post, page, home, default)")]);
        }
        var output = content;
        var ownPage = OwnCopy(page);
        // As in Jekyll, `layout` in a layout holds its own front matter under that of the layouts it wraps, which win:
        // a parent reads what its child layout set (just-the-docs' minimal layout turns the parent's navigation off).
        IReadOnlyDictionary<string, object?> layoutValues = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var layout in chain)
        {
            layoutValues = FrontMatterDefaultsApplier.Merge(layout.FrontMatter, layoutValues);
            var locals = new ScriptObject
            {
                ["page"] = ownPage,
                ["content"] = output,
                ["layout"] = ScriptValues.FromMap(layoutValues),
            };
            if (paginator is not null)
            {
                locals["paginator"] = paginator;
            }
            try
            {
                output = BlogTemplateContext.Render(NewContext(locals, scope ?? RenderScope.None), layout.Template);
            }
            catch (ScriptRuntimeException e)
            {
                var where = e.Span.FileName is { Length: > 0 } file ? file : layout.Source.DisplayPath;
                var firstLine = _library.FirstLineOf(where);
                return new RenderResult(null, [TemplateParser.ToDiagnostic(e.Span, $"{RenderErrorMessage.Of(e)} (while rendering {requestedBy})",
                    where, firstLine, (e as CodedRuntimeException)?.Code ?? DiagnosticCodes.TemplateRenderError, Severity.Error)]);
            }
        }
        return new RenderResult(output, []);
    }

    /// <summary>
    /// The page objects are shared by every render on every thread: a template that assigns to <c>page.title</c> changes
    /// its own copy, never what other renders see. The values inside are read-only (see <see cref="ScriptValues"/>).
    /// </summary>
    private static ScriptObject OwnCopy(ScriptObject page)
    {
        var copy = (ScriptObject)page.Clone(false);
        copy.IsReadOnly = false;
        return copy;
    }

    private BlogTemplateContext NewContext(ScriptObject locals, RenderScope scope)
    {
        var context = new BlogTemplateContext(scope);
        context.EnableRelaxedMemberAccess = true;
        context.EnableRelaxedTargetAccess = true;
        context.EnableNullIndexer = true;
        context.StrictVariables = false;
        context.LoopLimit = int.MaxValue;
        context.LimitToString = 0;
        context.PushCulture(CultureInfo.InvariantCulture);
        _library.Prime(context);
        context.PushGlobal(_globals);
        context.PushGlobal(locals);
        return context;
    }
}
