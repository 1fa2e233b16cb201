using BlogGen.Content;
using BlogGen.Diagnostics;

using Scriban;
using Scriban.Parsing;

namespace BlogGen.Templating;

/// <summary>Parses template text in Scriban or Liquid syntax; syntax errors become diagnostics with the file's own lines and columns.</summary>
public static class TemplateParser
{
    /// <param name="firstLine">The file line on which <paramref name="text"/> starts (after front matter).</param>
    /// <param name="passUnknownFilters">
    /// Liquid only: a filter nobody defines passes its value through, as in Jekyll, with a warning at its name (see
    /// <see cref="UnknownLiquidFilters"/>); otherwise it fails the render.
    /// </param>
    public static Template? Parse(string text, string displayPath, TemplateSyntax syntax, int firstLine, string errorCode, ICollection<Diagnostic> diagnostics,
        bool passUnknownFilters = false)
    {
        IReadOnlyList<JekyllTags.Shift> shifts = [];
        if (syntax == TemplateSyntax.Liquid && UnclosedLiquid.First(text) is { } unclosed)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, errorCode, displayPath, unclosed.Line + firstLine, unclosed.Column + 1,
                $"'{unclosed.Opening}' is never closed: add '{unclosed.Closing}' where it should end" + HintFor(errorCode)));
            return null;
        }
        var template = syntax == TemplateSyntax.Liquid ? ParseLiquid(text, displayPath, out shifts) : Template.Parse(text, displayPath);
        if (!template.HasErrors)
        {
            if (syntax == TemplateSyntax.Liquid && passUnknownFilters)
            {
                foreach (var (name, span) in UnknownLiquidFilters.PassThroughUnknown(template))
                {
                    diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.LiquidFilterUnknown, displayPath, span.Start.Line + firstLine,
                        JekyllTags.OriginalColumn(shifts, span.Start.Line, span.Start.Column) + 1,
                        $"'{name}' is not a filter of Liquid or Jekyll that BlogGen runs (a plugin's filter?), so it passes its value through unchanged, as in Jekyll: remove it, or write what it should do with filters BlogGen has"));
                }
            }
            return template;
        }
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            // Columns are the written ones: Jekyll tags rewritten for Scriban may have moved text to the right.
            var column = JekyllTags.OriginalColumn(shifts, message.Span.Start.Line, message.Span.Start.Column);
            diagnostics.Add(new Diagnostic(Severity.Error, errorCode, displayPath, message.Span.Start.Line + firstLine, column + 1,
                message.Message.TrimEnd('.') + HintFor(errorCode)));
        }
        return null;
    }

    /// <summary>
    /// Liquid as BlogGen reads it: Jekyll's tags made readable to Scriban's parser (see <see cref="JekyllTags"/>), and a
    /// template without errors given Liquid's conditions (see <see cref="LiquidConditions"/>).
    /// </summary>
    /// <param name="shifts">Where the rewriting moved columns, to report the written ones.</param>
    internal static Template ParseLiquid(string text, string? displayPath, out IReadOnlyList<JekyllTags.Shift> shifts)
    {
        var template = Template.ParseLiquid(JekyllTags.Rewrite(text, out shifts), displayPath);
        if (!template.HasErrors)
        {
            LiquidConditions.Apply(template);
        }
        return template;
    }

    public static Diagnostic ToDiagnostic(SourceSpan span, string message, string displayPath, int firstLine, string code, Severity severity) =>
        new(severity, code, displayPath, span.Start.Line + firstLine, span.Start.Column + 1, message.TrimEnd('.') + HintFor(code));

    private static string HintFor(string code) => code switch
    {
        DiagnosticCodes.TemplateSyntaxError => ": fix the template syntax at this place",
        DiagnosticCodes.ContentLiquidRenderedLiterally => "; the text is shown as written. Add `render_with_liquid: false` to the front matter if it is not meant as Liquid",
        _ => "",
    };
}
