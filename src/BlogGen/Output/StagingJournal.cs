namespace BlogGen.Output;

/// <summary>
/// The staging folder inside the destination and its commit marker. Files are staged first; once the marker
/// (listing what to move in and what to delete) is written, the commit can always be finished, even after a crash.
/// </summary>
internal sealed class StagingJournal(string destination)
{
    public const string FolderName = ".bloggen-staging";
    private const string MarkerName = "COMMIT";

    public string Folder { get; } = Path.Combine(destination, FolderName);

    private string Marker => Path.Combine(Folder, MarkerName);

    /// <summary>The marker is written: from here on the commit is finished, never thrown away.</summary>
    public bool IsSealed => File.Exists(Marker);

    /// <summary>Finishes a commit a crash interrupted, or throws away staging that never got its marker.</summary>
    public void Recover()
    {
        if (IsSealed)
        {
            var lines = File.ReadAllLines(Marker);
            Apply(lines.Where(l => l.StartsWith("M ", StringComparison.Ordinal)).Select(l => l[2..]),
                lines.Where(l => l.StartsWith("D ", StringComparison.Ordinal)).Select(l => l[2..]));
        }
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    public void Commit(IReadOnlyList<string> staged, IReadOnlyList<string> deleted)
    {
        var temporary = Marker + ".tmp";
        File.WriteAllLines(temporary, staged.Select(s => "M " + s).Concat(deleted.Select(d => "D " + d)));
        File.Move(temporary, Marker, overwrite: true);
        Apply(staged, deleted);
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>Throws staging away unless its marker is written: a sealed commit is kept for the next build to finish.</summary>
    public void DiscardUnlessSealed()
    {
        try
        {
            if (!IsSealed && Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Leaving staging behind is harmless: the next build discards it before writing.
        }
    }

    /// <summary>
    /// Deletions go first: a file no longer built may stand where a folder of the new site goes. A staged folder the
    /// destination does not have yet moves in whole, with one rename, rather than file by file: on a first build
    /// the site's few top folders are all that moves, which saves a folder creation and a rename per page.
    /// </summary>
    private void Apply(IEnumerable<string> staged, IEnumerable<string> deleted)
    {
        foreach (var relative in deleted)
        {
            var path = Path.Combine(destination, relative);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
            RemoveEmptyParents(Path.GetDirectoryName(path)!);
        }
        var folders = new DestinationFolders(destination);
        foreach (var relative in staged)
        {
            if (folders.WasMovedIn(relative))
            {
                continue;
            }
            var from = Path.Combine(Folder, relative);
            if (!File.Exists(from))
            {
                continue; // already moved before the crash
            }
            if (folders.HighestMissing(relative) is { } missing)
            {
                Directory.Move(Path.Combine(Folder, missing), Path.Combine(destination, missing));
                folders.MovedIn(missing);
                continue;
            }
            var to = Path.Combine(destination, relative);
            if (Directory.Exists(to))
            {
                Directory.Delete(to, recursive: true);
            }
            File.Move(from, to, overwrite: true);
        }
    }

    private void RemoveEmptyParents(string directory)
    {
        var root = Path.GetFullPath(destination);
        while (Path.GetFullPath(directory) != root && Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
            directory = Path.GetDirectoryName(directory)!;
        }
    }
}
