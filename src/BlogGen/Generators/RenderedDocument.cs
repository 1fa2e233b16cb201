using BlogGen.Content;
using BlogGen.Markdown;

using Scriban.Runtime;

namespace BlogGen.Generators;

/// <summary>A post or page after its body was rendered: what generators and enrichers read.</summary>
/// <param name="Page">The template object (<c>page</c>): writable for enrichers, read-only once layouts run.</param>
/// <param name="Text">The readable text of <paramref name="Html"/> (see <see cref="PlainText.FromHtml"/>).</param>
public sealed record RenderedDocument(Document Document, ScriptObject Page, string Html, string Text, string ExcerptHtml, string ExcerptText, IReadOnlyList<HeadingInfo> Headings);
