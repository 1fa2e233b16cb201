namespace BlogGen.Content;

/// <summary>A layout or include, read once at the start of a build.</summary>
/// <param name="Name">Layouts: the file name without extension (<c>post</c>). Includes: the path under the includes folder (<c>head.html</c>).</param>
/// <param name="DisplayPath">Where it came from, for diagnostics: a source-relative path, or <c>(built-in theme)/layouts/post.html</c>.</param>
public sealed record ThemeTemplate(string Name, string DisplayPath, string Text, TemplateSyntax Syntax);
