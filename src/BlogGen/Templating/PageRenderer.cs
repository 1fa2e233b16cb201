using System.Globalization;

using BlogGen.Content;
using BlogGen.Diagnostics;

using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>
/// Renders Liquid in content and layout chains. Thread-safe: the library and <paramref name="globals"/>
/// (filters, <c>site</c>, <c>bloggen</c>) are shared read-only, each render gets its own context.
/// </summary>
public sealed class PageRenderer(TemplateLibrary library, ScriptObject globals)
{
    /// <summary>Liquid in a post or page body. Text that fails to parse or run is kept as written, with a warning.</summary>
    public RenderResult RenderContent(string body, string displayPath, int firstLine, ScriptObject page)
    {
        if (!body.Contains("{{", StringComparison.Ordinal) && !body.Contains("{%", StringComparison.Ordinal))
        {
            return new RenderResult(body, []);
        }
        var diagnostics = new List<Diagnostic>();
        var template = TemplateParser.Parse(body, displayPath, TemplateSyntax.Liquid, firstLine, DiagnosticCodes.ContentLiquidRenderedLiterally, diagnostics);
        if (template is null)
        {
            return new RenderResult(body, [.. diagnostics.Take(1).Select(d => d with { Severity = Severity.Warning })]);
        }
        var locals = new ScriptObject { ["page"] = page };
        try
        {
            return new RenderResult(template.Render(NewContext(TemplateSyntax.Liquid, locals)), []);
        }
        catch (ScriptRuntimeException e)
        {
            return new RenderResult(body, [TemplateParser.ToDiagnostic(e.Span, e.OriginalMessage, displayPath, firstLine,
                DiagnosticCodes.ContentLiquidRenderedLiterally, Severity.Warning)]);
        }
    }

    /// <summary>Wraps <paramref name="content"/> in the layout and its parents.</summary>
    /// <param name="requestedBy">The document asking for the layout, named in the error when it does not exist.</param>
    public RenderResult RenderLayouts(string content, string? layoutName, ScriptObject page, ScriptObject? paginator, string requestedBy)
    {
        if (layoutName is null)
        {
            return new RenderResult(content, []);
        }
        var chain = library.Chain(layoutName);
        if (chain is null)
        {
            // A broken chain was reported once by the library; only a layout nobody defined is this page's own problem.
            return new RenderResult(null, library.HasLayout(layoutName) ? [] : [Diagnostic.Error(DiagnosticCodes.LayoutNotFound, requestedBy,
                $"layout '{layoutName}' not found: add _layouts/{layoutName}.html, or set `layout:` to an existing layout (post, page, home, default)")]);
        }
        var output = content;
        foreach (var layout in chain)
        {
            var locals = new ScriptObject
            {
                ["page"] = page,
                ["content"] = output,
                ["layout"] = ScriptValues.FromMap(layout.FrontMatter),
            };
            if (paginator is not null)
            {
                locals["paginator"] = paginator;
            }
            try
            {
                output = layout.Template.Render(NewContext(layout.Source.Syntax, locals));
            }
            catch (ScriptRuntimeException e)
            {
                var where = e.Span.FileName is { Length: > 0 } file ? file : layout.Source.DisplayPath;
                var firstLine = where == layout.Source.DisplayPath ? layout.FirstLine : 1;
                return new RenderResult(null, [TemplateParser.ToDiagnostic(e.Span, $"{e.OriginalMessage} (while rendering {requestedBy})",
                    where, firstLine, DiagnosticCodes.TemplateRenderError, Severity.Error)]);
            }
        }
        return new RenderResult(output, []);
    }

    private TemplateContext NewContext(TemplateSyntax syntax, ScriptObject locals)
    {
        TemplateContext context = syntax == TemplateSyntax.Liquid ? new BlogLiquidTemplateContext() : new BlogTemplateContext();
        context.EnableRelaxedMemberAccess = true;
        context.EnableRelaxedTargetAccess = true;
        context.EnableNullIndexer = true;
        context.StrictVariables = false;
        context.LoopLimit = int.MaxValue;
        context.LimitToString = 0;
        context.PushCulture(CultureInfo.InvariantCulture);
        library.Prime(context);
        context.PushGlobal(globals);
        context.PushGlobal(locals);
        return context;
    }
}
