namespace BlogGen.Content;

/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="RelativePath">Relative to the source folder, '/' separators: the path users see.</param>
public sealed record SourceFile(string FullPath, string RelativePath);
