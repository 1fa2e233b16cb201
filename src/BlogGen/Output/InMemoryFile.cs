namespace BlogGen.Output;

/// <summary>One file of a site built into memory: rendered bytes, or a source file served as it is on disk.</summary>
/// <param name="Hash">XxHash128 of <paramref name="Content"/>; zero for a copied file.</param>
public sealed record InMemoryFile(byte[]? Content, string? CopyFrom, UInt128 Hash)
{
    /// <exception cref="IOException">A copied file can no longer be read.</exception>
    public byte[] ReadAllBytes() => Content ?? File.ReadAllBytes(CopyFrom!);
}
