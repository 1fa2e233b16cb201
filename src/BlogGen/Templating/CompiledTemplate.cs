using BlogGen.Content;

using Scriban;

namespace BlogGen.Templating;

/// <summary>A parsed layout or include: shared by every render, on every thread.</summary>
/// <param name="Parent">The layout this layout names in its own front matter, if any.</param>
/// <param name="FirstLine">The file line on which the template body starts, after front matter.</param>
public sealed record CompiledTemplate(ThemeTemplate Source, Template Template, IReadOnlyDictionary<string, object?> FrontMatter, string? Parent, int FirstLine);
