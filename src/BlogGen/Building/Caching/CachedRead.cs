using BlogGen.Content;
using BlogGen.Sources;

namespace BlogGen.Building.Caching;

/// <summary>
/// A source file as read by an earlier build, valid while the file keeps its size and modification time and the
/// settings it was read under (configuration, drafts, future posts, build time) are the same.
/// </summary>
/// <param name="ReadUtc">When the file was read: a time too close to it cannot tell a later save apart.</param>
internal sealed record CachedRead(long Length, DateTime LastWriteUtc, DateTime ReadUtc, DocumentKind Kind, UInt128 Settings, DocumentReadResult Result)
{
    /// <summary>
    /// True when the file cannot have changed since it was read: a file modified too shortly before it was read is read
    /// again (see <see cref="FileTimestamps"/>).
    /// </summary>
    public bool StillMatches(long length, DateTime lastWriteUtc, DocumentKind kind, UInt128 settings) =>
        Length == length && LastWriteUtc == lastWriteUtc && ReadAs(kind, settings)
        && FileTimestamps.Settled(LastWriteUtc, ReadUtc);

    /// <summary>True when the file was read as this kind of document under these settings.</summary>
    public bool ReadAs(DocumentKind kind, UInt128 settings) => Kind == kind && Settings == settings;
}
