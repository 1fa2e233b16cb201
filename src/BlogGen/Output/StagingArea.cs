namespace BlogGen.Output;

/// <summary>
/// The staging folder of one write into the destination, opened before the first file goes into it: a page can be
/// staged as soon as it is rendered, while the rest of the site is still being made, so that its bytes need not be
/// held until the whole site is ready. Nothing in the destination changes until <see cref="StagingJournal.Commit"/>.
/// Staging is thread-safe.
/// </summary>
internal sealed class StagingArea : IDisposable
{
    private readonly HashSet<string> _existing;
    private readonly StagingFolders _folders;

    private StagingArea(string destination, StagingJournal journal, HashSet<string> existing)
    {
        (Destination, Journal, _existing) = (destination, journal, existing);
        _folders = new StagingFolders(journal.Folder);
    }

    /// <summary>The destination's full path.</summary>
    public string Destination { get; }

    public StagingJournal Journal { get; }

    /// <summary>Every file in the destination when the area was opened, relative, '/' separators; staging not among them.</summary>
    public IReadOnlyCollection<string> Existing => _existing;

    /// <summary>
    /// Finishes a commit a crash interrupted or throws away staging left without one, then makes an empty staging
    /// folder. One walk of the destination tells which files could be unchanged: the others need no look on disk.
    /// </summary>
    /// <exception cref="IOException">The destination or its staging folder cannot be written.</exception>
    public static StagingArea Open(string destination)
    {
        destination = Path.GetFullPath(destination);
        var journal = new StagingJournal(destination);
        Directory.CreateDirectory(destination);
        journal.Recover();
        Directory.CreateDirectory(journal.Folder);
        return new StagingArea(destination, journal, ExistingFiles(destination).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Writes the file into staging unless the destination already holds the same bytes; true when staged.</summary>
    /// <param name="file">Rendered, copied or kept; not one staged already.</param>
    /// <exception cref="IOException">The file could not be staged; a name the file system finds too long among them.</exception>
    public bool Stage(OutputFile file)
    {
        if (file.IsKept)
        {
            return false;
        }
        var target = Path.Combine(Destination, file.RelativePath);
        var isThere = _existing.Contains(file.RelativePath);
        if (file.Content is { } content)
        {
            if (isThere && SameBytes(target, content))
            {
                return false;
            }
            // Staging is emptied when it is opened, so the file is always new there: CreateNew spares the truncation
            // (a system call per file) that Create makes. A file found in the way fails the open and is left alone: it
            // is another page's, on a path that differs only in case on a file system that ignores case.
            var path = _folders.PrepareFor(file.RelativePath);
            using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            try
            {
                RandomAccess.Write(handle, content, fileOffset: 0);
            }
            catch (IOException)
            {
                // Written in part (a full disk): removed, so that the writer can try the file again.
                handle.Dispose();
                File.Delete(path);
                throw;
            }
            return true;
        }

        var source = new FileInfo(file.CopyFrom!);
        if (isThere && new FileInfo(target) is { Exists: true } current
            && current.Length == source.Length && current.LastWriteTimeUtc == source.LastWriteTimeUtc)
        {
            return false;
        }
        // File.Copy keeps the source's last write time (Linux, macOS and Windows alike), which the check above compares.
        File.Copy(source.FullName, _folders.PrepareFor(file.RelativePath), overwrite: true);
        return true;
    }

    /// <summary>
    /// A write that failed, or a build that ended before writing, leaves the destination as it was: staging without
    /// its commit marker is thrown away.
    /// </summary>
    public void Dispose() => Journal.DiscardUnlessSealed();

    private static bool SameBytes(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length)
        {
            return false;
        }
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static IEnumerable<string> ExistingFiles(string destination) =>
        Directory.EnumerateFiles(destination, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(full => Path.GetRelativePath(destination, full).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith(StagingJournal.FolderName + "/", StringComparison.Ordinal));
}
