using System.IO.Hashing;

using BlogGen.Sources;

namespace BlogGen.Output;

/// <summary>The destination folder on disk, written through <see cref="OutputWriter"/>.</summary>
/// <param name="guard">Lets a request to stop the process wait for the commit (see <see cref="CommitGuard"/>).</param>
internal sealed class DestinationFolder(string destination, CommitGuard? guard) : IOutputTarget
{
    /// <summary>
    /// A file with the size and modification time an earlier check found it holding the right bytes with is not read:
    /// reading and hashing every kept page was a sixteenth of a build after an edit at 1,000 posts. Otherwise the file
    /// is read and hashed, and its stamp given back for next time once its time is far enough in the past to tell a
    /// later change apart (see <see cref="FileTimestamps"/>).
    /// </summary>
    public bool Holds(string relativePath, UInt128 hash, OutputStamp? seenBefore, out OutputStamp? seenNow)
    {
        seenNow = null;
        try
        {
            var now = DateTime.UtcNow;
            var file = new FileInfo(Path.Combine(destination, relativePath));
            if (!file.Exists)
            {
                return false;
            }
            var stamp = new OutputStamp(file.Length, file.LastWriteTimeUtc);
            if (stamp == seenBefore)
            {
                seenNow = stamp;
                return true;
            }
            if (XxHash128.HashToUInt128(File.ReadAllBytes(file.FullName)) != hash)
            {
                return false;
            }
            seenNow = FileTimestamps.Settled(stamp.LastWriteUtc, now) ? stamp : null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public WriteResult Write(IReadOnlyList<OutputFile> files, IReadOnlyList<string> keepFiles) =>
        OutputWriter.Write(destination, files, keepFiles, guard);
}
