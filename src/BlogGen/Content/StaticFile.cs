namespace BlogGen.Content;

/// <summary>A file copied to the output as it is: from disk (<see cref="SourceFullPath"/>) or from the built-in theme (<see cref="Bytes"/>).</summary>
/// <param name="OutputPath">Relative to the destination, '/' separators.</param>
/// <param name="Collection">The label of the collection whose folder holds the file (a file without front matter there); null for others.</param>
public sealed record StaticFile(string OutputPath, string DisplayPath, string? SourceFullPath, byte[]? Bytes, string? Collection = null)
{
    /// <summary>When the source file was last written, as the build found it (Jekyll's <c>modified_time</c>); null for a file of the built-in theme.</summary>
    public DateTime? ModifiedUtc { get; init; }
}
