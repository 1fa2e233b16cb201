using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// Inline code as Jekyll's kramdown writes it with Rouge: <c>&lt;code class="language-plaintext highlighter-rouge"&gt;</c>,
/// which Jekyll themes style apart from code blocks.
/// </summary>
internal sealed class InlineCodeClassExtension : DocumentPassExtension
{
    protected override object? Process(MarkdownDocument document)
    {
        foreach (var code in document.Descendants<CodeInline>())
        {
            var attributes = code.GetAttributes();
            attributes.Classes ??= [];
            // Around any class an attribute list gave, as Jekyll lists them.
            attributes.Classes.Insert(0, "language-plaintext");
            attributes.Classes.Add("highlighter-rouge");
        }
        return null;
    }
}
