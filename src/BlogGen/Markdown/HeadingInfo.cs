namespace BlogGen.Markdown;

/// <summary>A heading of a rendered document, in document order, for tables of contents.</summary>
/// <param name="Level">1 for <c>h1</c> through 6 for <c>h6</c>.</param>
/// <param name="Id">The <c>id</c> attribute the heading was rendered with, unique within the document.</param>
/// <param name="Text">The heading's plain text, without markup.</param>
public sealed record HeadingInfo(int Level, string Id, string Text);
