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
    public InMemorySite Latest { get; private set; } = InMemorySite.Empty();

    // A file in memory is its hash: there is nothing cheaper to trust.
    bool IOutputTarget.Holds(string relativePath, UInt128 hash, OutputStamp? seenBefore, out OutputStamp? seenNow)
    {
        seenNow = null;
        return Latest.Find(relativePath) is { Content: not null } file && file.Hash == hash;
    }

    // A page in memory is its bytes: the site is made of them when it is written.
    OutputFile IOutputTarget.Take(string relativePath, byte[] content) => OutputFile.Rendered(relativePath, content);

    WriteResult IOutputTarget.Write(IReadOnlyList<OutputFile> files, IReadOnlyList<string> keepFiles)
    {
        var previous = Latest;
        // Most files of a rebuild are kept: the last site's table is copied whole, and only the other files are looked up.
        var next = previous.CopyFiles();
        var written = 0;
        var found = 0;
        foreach (var file in files)
        {
            if (file.IsKept)
            {
                // Holds said the last site has it, so the copy does: kept pages are only ever those.
                found++;
                continue;
            }
            var before = previous.Find(file.RelativePath);
            found += before is null ? 0 : 1;
            InMemoryFile entry;
            if (file.Content is { } content)
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
        var deleted = previous.Count - found;
        if (deleted > 0)
        {
            var paths = files.Select(file => file.RelativePath).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in previous.Files.Keys.Where(path => !paths.Contains(path)))
            {
                next.Remove(gone);
            }
        }
        Latest = deleted == 0 && found == files.Count ? new InMemorySite(next, previous) : new InMemorySite(next);
        return new WriteResult(written, next.Count - written, deleted, []);
    }
}
