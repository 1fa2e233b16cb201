namespace BlogGen.Stylesheets;

/// <summary>A stylesheet for <see cref="SassCompiler"/>: its text with Liquid applied, and where it comes from.</summary>
/// <param name="Text">The Sass or SCSS text (the syntax follows <paramref name="FullPath"/>'s extension).</param>
/// <param name="FullPath">The file on disk, whose folder is searched first for imports.</param>
/// <param name="DisplayPath">The path errors name.</param>
/// <param name="BodyStartLine">The line of the file the text starts on, after its front matter.</param>
public sealed record SassSource(string Text, string FullPath, string DisplayPath, int BodyStartLine);
