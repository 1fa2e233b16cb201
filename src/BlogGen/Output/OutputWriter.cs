using BlogGen.Diagnostics;

namespace BlogGen.Output;

/// <summary>
/// Writes the site into the destination: changed files are staged and moved into place in one commit,
/// files whose bytes did not change are not touched (their timestamps stay), files no longer built are removed,
/// and <c>keep_files</c> entries are left alone.
/// </summary>
public static class OutputWriter
{
    /// <param name="guard">Lets a request to stop the process wait for the commit; none by default.</param>
    public static WriteResult Write(string destination, IReadOnlyList<OutputFile> requested, IReadOnlyList<string> keepFiles, CommitGuard? guard = null)
    {
        destination = Path.GetFullPath(destination);
        // The last guard: whatever an earlier stage let through, nothing is written outside the destination.
        var outside = requested.Where(f => !IsInside(destination, f.RelativePath)).ToList();
        var files = outside.Count == 0 ? requested : [.. requested.Except(outside)];
        var refused = outside.Select(f => Diagnostic.Error(DiagnosticCodes.PermalinkOutsideDestination, f.RelativePath,
            "this output path would leave the destination folder and was not written: change its permalink")).ToList();
        var journal = new StagingJournal(destination);
        try
        {
            Directory.CreateDirectory(destination);
            journal.Recover();
            Directory.CreateDirectory(journal.Folder);

            // One walk of the destination tells which outputs could be unchanged: the others need no look on disk.
            var existing = ExistingFiles(destination).ToHashSet(StringComparer.Ordinal);
            var staging = new StagingFolders(journal.Folder);
            var staged = new bool[files.Count];
            var tooLong = new System.Collections.Concurrent.ConcurrentBag<string>();
            Parallel.For(0, files.Count, i =>
            {
                try
                {
                    staged[i] = Stage(files[i], destination, existing, staging);
                }
                catch (IOException e) when (WriteFailure.IsNameTooLong(e))
                {
                    // One path the file system refuses is that file's problem; a full disk or a read-only folder is not.
                    tooLong.Add(files[i].RelativePath);
                }
            });
            refused.AddRange(tooLong.Order(StringComparer.Ordinal).Select(path => Diagnostic.Error(DiagnosticCodes.OutputPathTooLong, path,
                "the file system refused this output path as too long, so this file was not written: shorten the permalink, title or file name it is made from; the rest of the site was written")));

            var wanted = new HashSet<string>(files.Select(f => f.RelativePath), StringComparer.Ordinal);
            var stale = existing
                .Where(path => !wanted.Contains(path) && !IsKept(path, keepFiles))
                .Order(StringComparer.Ordinal)
                .ToList();
            var toMove = files.Where((_, i) => staged[i]).Select(f => f.RelativePath).ToList();
            if (!(guard ?? new CommitGuard()).TryCommit(() => journal.Commit(toMove, stale)))
            {
                return new WriteResult(0, 0, 0, [.. refused, Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, destination.Replace('\\', '/'),
                    "the build was stopped before the new site was moved into place; nothing in the destination was changed")]);
            }
            return new WriteResult(toMove.Count, files.Count - toMove.Count - tooLong.Count, stale.Count, refused);
        }
        catch (Exception e) when (WriteFailure.Cause(e) is { } cause)
        {
            return new WriteResult(0, 0, 0, [.. refused, Failed(destination, journal, cause)]);
        }
    }

    /// <summary>
    /// Before the commit marker, the previous output is untouched and staging is thrown away. After it, some files
    /// may already be in place: the journal is kept, so the next build finishes moving them before anything else.
    /// </summary>
    private static Diagnostic Failed(string destination, StagingJournal journal, Exception cause)
    {
        var shown = destination.Replace('\\', '/');
        if (journal.IsSealed)
        {
            return Diagnostic.Error(DiagnosticCodes.OutputPartlyWritten, shown,
                $"the new site was only partly moved into {shown}: {WriteFailure.Describe(cause)}; build again once that is fixed, and the move is finished before anything else is written");
        }
        TryDiscard(journal.Folder);
        return Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, shown,
            $"cannot write the site into {shown}: {WriteFailure.Describe(cause)}; nothing in the destination was changed");
    }

    /// <summary>Writes the file into staging unless the destination already holds the same bytes; true when staged.</summary>
    private static bool Stage(OutputFile file, string destination, HashSet<string> existing, StagingFolders staging)
    {
        if (file.IsKept)
        {
            return false;
        }
        var target = Path.Combine(destination, file.RelativePath);
        var isThere = existing.Contains(file.RelativePath);
        if (file.Content is { } content)
        {
            if (isThere && SameBytes(target, content))
            {
                return false;
            }
            // Staging is emptied before every write, so the file is always new there.
            using var handle = File.OpenHandle(staging.PrepareFor(file.RelativePath), FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, content, fileOffset: 0);
            return true;
        }

        var source = new FileInfo(file.CopyFrom!);
        if (isThere && new FileInfo(target) is { Exists: true } current
            && current.Length == source.Length && current.LastWriteTimeUtc == source.LastWriteTimeUtc)
        {
            return false;
        }
        // File.Copy keeps the source's last write time (Linux, macOS and Windows alike), which the check above compares.
        File.Copy(source.FullName, staging.PrepareFor(file.RelativePath), overwrite: true);
        return true;
    }

    private static bool SameBytes(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length)
        {
            return false;
        }
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static bool IsInside(string root, string relative)
    {
        var back = Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, relative)));
        return !back.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(back) && back != "."
            && !back.StartsWith(StagingJournal.FolderName, StringComparison.Ordinal);
    }

    private static IEnumerable<string> ExistingFiles(string destination) =>
        Directory.EnumerateFiles(destination, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(full => Path.GetRelativePath(destination, full).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith(StagingJournal.FolderName + "/", StringComparison.Ordinal));

    private static bool IsKept(string relative, IReadOnlyList<string> keepFiles) =>
        keepFiles.Any(keep => relative.Equals(keep, StringComparison.Ordinal) || relative.StartsWith(keep.TrimEnd('/') + "/", StringComparison.Ordinal));

    private static void TryDiscard(string staging)
    {
        try
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Leaving staging behind is harmless: the next build discards it before writing.
        }
    }
}
