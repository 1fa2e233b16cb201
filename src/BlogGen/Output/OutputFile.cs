namespace BlogGen.Output;

/// <summary>One file of the built site: rendered bytes, a file to copy, or a file the destination already holds as it should be.</summary>
/// <param name="RelativePath">Relative to the destination, '/' separators.</param>
public sealed record OutputFile(string RelativePath, byte[]? Content, string? CopyFrom)
{
    public static OutputFile Rendered(string relativePath, byte[] content) => new(relativePath, content, null);

    public static OutputFile Copied(string relativePath, string sourceFullPath) => new(relativePath, null, sourceFullPath);

    /// <summary>A file the build knows to be in the destination with the right bytes already: left as it is.</summary>
    public static OutputFile Kept(string relativePath) => new(relativePath, null, null);

    public bool IsKept => Content is null && CopyFrom is null;
}
