using System.IO.Hashing;

using BlogGen.Sources;

namespace BlogGen.Output;

/// <summary>
/// The destination folder on disk, written through <see cref="OutputWriter"/> for one build. Its staging area is
/// opened when the build begins to lay out pages, and each page taken beyond a budget of bytes held is staged then
/// (see <see cref="Take"/>). Disposed when the build ends: staging a build left without a commit is thrown away.
/// </summary>
internal sealed class DestinationFolder : IOutputTarget, IDisposable
{
    /// <summary>
    /// The bytes of rendered pages a build holds until its write before it stages the rest as they are rendered. Below
    /// it, writing the pages together after rendering costs less: staging each page at once made a cold build of 1,000
    /// posts (20 MB of pages) take 1.11 times as long. Above it, holding every page was a fifth of the peak memory of a
    /// 10,000-post build (200 MB of pages).
    /// </summary>
    public const long BuildBudget = 32L << 20;

    private readonly string _destination;
    private readonly CommitGuard? _guard;
    private readonly long _budget;
    private long _held;

    /// <summary>Null when it could not be opened: pages are held in memory then, and the write reports why.</summary>
    private readonly StagingArea? _staging;

    /// <param name="guard">Lets a request to stop the process wait for the commit (see <see cref="CommitGuard"/>).</param>
    /// <param name="budget">How many bytes of pages <see cref="Take"/> holds before it stages pages at once; none by default.</param>
    public DestinationFolder(string destination, CommitGuard? guard, long budget = 0)
    {
        (_destination, _guard, _budget) = (Path.GetFullPath(destination), guard, budget);
        try
        {
            // Opened before a page is checked with Holds: a commit a crash interrupted is finished first.
            _staging = StagingArea.Open(_destination);
        }
        catch (Exception e) when (WriteFailure.Cause(e) is not null)
        {
            _staging = null;
        }
    }

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
            var file = new FileInfo(Path.Combine(_destination, relativePath));
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

    /// <summary>
    /// Once the pages held reach the budget, writes the page into staging now, so that its bytes are not held until the
    /// whole site is made; or finds the destination holding them already. A page that cannot be staged now (no staging
    /// area, a path outside the destination or one the file system refuses, a full disk) keeps its bytes: the write
    /// tries it again and says why.
    /// </summary>
    public OutputFile Take(string relativePath, byte[] content)
    {
        var page = OutputFile.Rendered(relativePath, content);
        if (_staging is null || !OutputWriter.IsInside(_destination, relativePath) || Interlocked.Add(ref _held, content.Length) <= _budget)
        {
            return page;
        }
        try
        {
            return _staging.Stage(page) ? OutputFile.Staged(relativePath) : OutputFile.Kept(relativePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return page;
        }
    }

    public WriteResult Write(IReadOnlyList<OutputFile> files, IReadOnlyList<string> keepFiles) =>
        OutputWriter.Write(_destination, _staging, files, keepFiles, _guard);

    public void Dispose() => _staging?.Dispose();
}
