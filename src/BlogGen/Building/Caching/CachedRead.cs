using BlogGen.Content;

namespace BlogGen.Building.Caching;

/// <summary>
/// A source file as read by an earlier build, valid while the file keeps its size and modification time and the
/// settings it was read under (configuration, drafts, future posts, build time) are the same.
/// </summary>
/// <param name="ReadUtc">When the file was read: a time too close to it cannot tell a later save apart.</param>
internal sealed record CachedRead(long Length, DateTime LastWriteUtc, DateTime ReadUtc, DocumentKind Kind, UInt128 Settings, DocumentReadResult Result)
{
    /// <summary>The coarsest modification-time step of common file systems (FAT's).</summary>
    public static readonly TimeSpan TimestampResolution = TimeSpan.FromSeconds(2);

    /// <summary>
    /// True when the file cannot have changed since it was read. As git does for its index, a file modified within
    /// <see cref="TimestampResolution"/> before it was read is read again: a second save in the same timestamp step,
    /// keeping the size, would otherwise go unseen.
    /// </summary>
    public bool StillMatches(long length, DateTime lastWriteUtc, DocumentKind kind, UInt128 settings) =>
        Length == length && LastWriteUtc == lastWriteUtc && ReadAs(kind, settings)
        && LastWriteUtc + TimestampResolution < ReadUtc;

    /// <summary>True when the file was read as this kind of document under these settings.</summary>
    public bool ReadAs(DocumentKind kind, UInt128 settings) => Kind == kind && Settings == settings;
}
