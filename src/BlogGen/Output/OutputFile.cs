namespace BlogGen.Output;

/// <summary>One file of the built site: rendered bytes, or a file to copy.</summary>
/// <param name="RelativePath">Relative to the destination, '/' separators.</param>
public sealed record OutputFile(string RelativePath, byte[]? Content, string? CopyFrom)
{
    public static OutputFile Rendered(string relativePath, byte[] content) => new(relativePath, content, null);

    public static OutputFile Copied(string relativePath, string sourceFullPath) => new(relativePath, null, sourceFullPath);
}
