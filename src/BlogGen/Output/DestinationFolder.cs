using System.IO.Hashing;

namespace BlogGen.Output;

/// <summary>The destination folder on disk, written through <see cref="OutputWriter"/>.</summary>
/// <param name="guard">Lets a request to stop the process wait for the commit (see <see cref="CommitGuard"/>).</param>
internal sealed class DestinationFolder(string destination, CommitGuard? guard) : IOutputTarget
{
    public bool Holds(string relativePath, UInt128 hash)
    {
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
