namespace BlogGen.Output;

/// <summary>
/// One file of the built site: rendered bytes, a file to copy, a file the destination already holds as it should be,
/// or a rendered file written into staging already (see <see cref="IOutputTarget.Take"/>).
/// </summary>
/// <param name="RelativePath">Relative to the destination, '/' separators.</param>
public sealed record OutputFile(string RelativePath, byte[]? Content, string? CopyFrom)
{
    public static OutputFile Rendered(string relativePath, byte[] content) => new(relativePath, content, null);

    public static OutputFile Copied(string relativePath, string sourceFullPath) => new(relativePath, null, sourceFullPath);

    /// <summary>A file the build knows to be in the destination with the right bytes already: left as it is.</summary>
    public static OutputFile Kept(string relativePath) => new(relativePath, null, null);

    /// <summary>A file in the staging folder of this build's write already: the commit moves it into place.</summary>
    internal static OutputFile Staged(string relativePath) => new(relativePath, null, null) { IsStaged = true };

    /// <summary>Written into staging while the site was being made; its bytes are on disk, not here.</summary>
    public bool IsStaged { get; private init; }

    public bool IsKept => Content is null && CopyFrom is null && !IsStaged;
}
