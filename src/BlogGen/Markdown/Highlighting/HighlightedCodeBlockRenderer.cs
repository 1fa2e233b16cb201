using System.Collections.Frozen;

using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BlogGen.Markdown.Highlighting;

/// <summary>
/// Renders code blocks. BlogGen's markup: a fenced block in a known language becomes
/// <c>&lt;pre class="highlight"&gt;&lt;code class="language-NAME"&gt;</c> with <c>hl-*</c> token spans. Rouge's markup (Jekyll
/// sites) is what Jekyll's kramdown writes: <c>div.language-NAME.highlighter-rouge &gt; div.highlight &gt; pre.highlight &gt; code</c>
/// with Rouge's token classes, <c>language-plaintext</c> for a block without a language (indented ones too), the name as
/// written. Every other block (a language neither knows) is left to Markdig's own renderer: plain, escaped.
/// </summary>
internal sealed class HighlightedCodeBlockRenderer(CodeBlockRenderer plain, CodeHighlighter highlighter, bool rouge) : HtmlObjectRenderer<CodeBlock>
{
    /// <summary>
    /// Rouge's plain-text lexer, and lexers Rouge has for languages TextMateSharp ships no grammar for: Jekyll marks their
    /// code up as Rouge code, so they get the markup (a theme styles the block as code), with no tokens.
    /// </summary>
    private static readonly FrozenSet<string> RougeUntokenized = FrozenSet.Create(StringComparer.Ordinal,
        "plaintext", "text", "plain", "kotlin", "scala", "haskell", "hs", "elixir", "exs", "erlang", "erl", "ocaml", "elm",
        "nginx", "apache", "graphql", "hcl", "terraform", "tf", "liquid", "erb", "haml", "sass", "protobuf", "proto", "vim",
        "viml", "nix", "zig", "crystal", "d", "prolog", "scheme", "racket", "common_lisp", "lisp", "elisp", "awk", "tcl",
        "smalltalk", "fortran", "cmake", "http", "jinja", "django", "twig", "matlab");

    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            ((IMarkdownObjectRenderer)plain).Write(renderer, block);
            return;
        }
        var info = (block as FencedCodeBlock)?.Info;
        var language = CodeLanguages.Find(info);
        if (rouge)
        {
            var name = string.IsNullOrEmpty(info) ? "plaintext" : info;
            // Rouge finds lexers by their lower-case names only: ```Ruby is shown plain, as in Jekyll.
            language = name.Any(char.IsUpper) ? null : language;
            if (language is null && !RougeUntokenized.Contains(name))
            {
                ((IMarkdownObjectRenderer)plain).Write(renderer, block);
                return;
            }
            renderer.EnsureLine();
            renderer.Write("<div class=\"language-").Write(name).Write(" highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>");
            WriteCode(renderer, block, language, TokenClassTable.Rouge);
            renderer.WriteLine("</code></pre></div></div>");
            return;
        }
        if (block is not FencedCodeBlock || language is null)
        {
            ((IMarkdownObjectRenderer)plain).Write(renderer, block);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<pre class=\"highlight\"><code class=\"language-").Write(language.Name).Write("\">");
        WriteCode(renderer, block, language, TokenClassTable.BlogGen);
        renderer.WriteLine("</code></pre>");
    }

    private void WriteCode(HtmlRenderer renderer, LeafBlock block, CodeLanguage? language, TokenClassTable classes)
    {
        var text = CodeText(block);
        var code = language is null ? HtmlEscaping.Escape(text) : highlighter.Highlight(text, language, classes);
        renderer.Write(code);
        if (code.Length > 0)
        {
            renderer.Write('\n');
        }
    }

    private static string CodeText(LeafBlock block)
    {
        var lines = block.Lines;
        return string.Join('\n', Enumerable.Range(0, lines.Count).Select(i => lines.Lines[i].Slice.ToString()));
    }
}
