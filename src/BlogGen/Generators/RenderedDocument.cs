using BlogGen.Content;
using BlogGen.Markdown;

namespace BlogGen.Generators;

/// <summary>A post or page after its body was converted: what enrichers and generators read.</summary>
/// <param name="Text">The readable text of <paramref name="Html"/> (see <see cref="PlainText.FromHtml"/>).</param>
public sealed record RenderedDocument(Document Document, string Html, string Text, string ExcerptHtml, string ExcerptText, IReadOnlyList<HeadingInfo> Headings);
