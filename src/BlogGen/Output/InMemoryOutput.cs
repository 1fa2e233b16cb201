using System.IO.Hashing;

namespace BlogGen.Output;

/// <summary>
/// Builds into memory instead of a folder: nothing is written to disk, and each build makes a new
/// <see cref="InMemorySite"/>, so a site being served is never changed under a reader. Pages a build keeps are taken
/// from the site the build before made. One build at a time.
/// </summary>
public sealed class InMemoryOutput : IOutputTarget
{
    /// <summary>The site the last build made, with or without errors.</summary>
    public InMemorySite Latest { get; private set; } = InMemorySite.Empty;

    bool IOutputTarget.Holds(string relativePath, UInt128 hash) => Latest.Find(relativePath) is { Content: not null } file && file.Hash == hash;

    WriteResult IOutputTarget.Write(IReadOnlyList<OutputFile> files, IReadOnlyList<string> keepFiles)
    {
        var previous = Latest;
        var next = new Dictionary<string, InMemoryFile>(files.Count, StringComparer.Ordinal);
        var written = 0;
        var carried = 0;
        foreach (var file in files)
        {
            var before = previous.Find(file.RelativePath);
            carried += before is null ? 0 : 1;
            InMemoryFile entry;
            if (file.IsKept)
            {
                // Holds said the last site has it: kept pages are only ever those.
                entry = before ?? throw new InvalidOperationException($"{file.RelativePath} was kept but the last build did not make it");
            }
            else if (file.Content is { } content)
            {
                // A generator that gave the same bytes again (the search index while no entry changed) is not hashed again.
                var hash = before is not null && ReferenceEquals(before.Content, content) ? before.Hash : XxHash128.HashToUInt128(content);
                entry = before is { Content: not null } && before.Hash == hash ? before : new InMemoryFile(content, null, hash);
            }
            else
            {
                entry = before is { CopyFrom: { } from } && from == file.CopyFrom ? before : new InMemoryFile(null, file.CopyFrom, 0);
            }
            written += ReferenceEquals(entry, before) ? 0 : 1;
            next[file.RelativePath] = entry;
        }
        // Paths are unique: every path of the last site is among these when as many were found there as it holds.
        var deleted = previous.Count - carried;
        Latest = deleted == 0 && next.Count == previous.Count ? new InMemorySite(next, previous) : new InMemorySite(next);
        return new WriteResult(written, next.Count - written, deleted, []);
    }
}
