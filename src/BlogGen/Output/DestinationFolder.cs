using System.IO.Hashing;

namespace BlogGen.Output;

/// <summary>The destination folder on disk, written through <see cref="OutputWriter"/>.</summary>
/// <param name="guard">Lets a request to stop the process wait for the commit (see <see cref="CommitGuard"/>).</param>
/// <param name="asLastBuildLeft">Every file is as the last build that finished left it, so each hash that build's cache
/// recorded for a path is the hash of the file there; otherwise each file is read and hashed.</param>
internal sealed class DestinationFolder(string destination, CommitGuard? guard, bool asLastBuildLeft = false) : IOutputTarget
{
    public bool Holds(string relativePath, UInt128 hash)
    {
        if (asLastBuildLeft)
        {
            return true;
        }
        try
        {
            var path = Path.Combine(destination, relativePath);
            return File.Exists(path) && XxHash128.HashToUInt128(File.ReadAllBytes(path)) == hash;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public WriteResult Write(IReadOnlyList<OutputFile> files, IReadOnlyList<string> keepFiles) =>
        OutputWriter.Write(destination, files, keepFiles, guard);
}
