using BlogGen.Diagnostics;
using BlogGen.Markdown;

namespace BlogGen.Building;

/// <param name="Text">The readable text of <paramref name="Html"/>, for the search index and reading time.</param>
/// <param name="ExcerptText">The readable text of <paramref name="ExcerptHtml"/>, for descriptions.</param>
/// <param name="SanitizerReport">One warning listing what the sanitizer removed from this file, or saying it was written without
/// the sanitizer (a whole HTML document without a layout); null when neither.</param>
internal sealed record ConvertedBody(string Html, string Text, string ExcerptHtml, string ExcerptText, IReadOnlyList<HeadingInfo> Headings, int Removals, Diagnostic? SanitizerReport, IReadOnlyList<Diagnostic> Diagnostics);
