using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Templating;

namespace BlogGen.Tests.Templating;

public sealed class TemplateParserTests
{
    [Theory]
    [InlineData(TemplateSyntax.Liquid, "{% if page.title %}{{ page.title | upcase }}{% endif %}")]
    [InlineData(TemplateSyntax.Liquid, "{% include head.html %}")]
    [InlineData(TemplateSyntax.Scriban, "{{ if page.title }}{{ page.title | string.upcase }}{{ end }}")]
    [InlineData(TemplateSyntax.Scriban, "{{ include 'head.html' }}")]
    public void ValidTemplatesParseWithoutDiagnostics(TemplateSyntax syntax, string text)
    {
        var diagnostics = new List<Diagnostic>();

        Assert.NotNull(TemplateParser.Parse(text, "x.html", syntax, 1, DiagnosticCodes.TemplateSyntaxError, diagnostics));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData(TemplateSyntax.Liquid, "ok\n{{ x | }}", 10, 11, 8)]
    [InlineData(TemplateSyntax.Liquid, "{% include a.html b=\"1\" %} {{ x | }}", 4, 4, 35)]
    [InlineData(TemplateSyntax.Scriban, "line\n  {{ x | }}", 1, 2, 10)]
    public void SyntaxErrorsUseTheFilesLinesAndWrittenColumns(TemplateSyntax syntax, string text, int firstLine, int line, int column)
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(TemplateParser.Parse(text, "_layouts/x.html", syntax, firstLine, DiagnosticCodes.TemplateSyntaxError, diagnostics));

        var error = diagnostics[0];
        Assert.Equal((Severity.Error, DiagnosticCodes.TemplateSyntaxError, "_layouts/x.html", line, column), (error.Severity, error.Code, error.Path, error.Line, error.Column));
    }

    [Theory]
    [InlineData(DiagnosticCodes.TemplateSyntaxError, ": fix the template syntax at this place")]
    [InlineData(DiagnosticCodes.ContentLiquidRenderedLiterally, "; the text is shown as written. Add `render_with_liquid: false` to the front matter if it is not meant as Liquid")]
    public void MessagesEndWithWhatToDo(string code, string hint)
    {
        var diagnostics = new List<Diagnostic>();

        TemplateParser.Parse("{{ x | }}", "p.md", TemplateSyntax.Liquid, 1, code, diagnostics);

        Assert.Equal(code, diagnostics[0].Code);
        Assert.EndsWith(hint, diagnostics[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".:", diagnostics[0].Message, StringComparison.Ordinal);
    }
}
