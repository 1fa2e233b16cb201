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
    public static WriteResult Write(string destination, IReadOnlyList<OutputFile> requested, IReadOnlyList<string> keepFiles, CommitGuard? guard = null) =>
        Write(destination, null, requested, keepFiles, guard);

    /// <param name="opened">The staging area the files marked staged were written into, opened before they were made;
    /// null to open one now. The caller disposes it.</param>
    internal static WriteResult Write(string destination, StagingArea? opened, IReadOnlyList<OutputFile> requested, IReadOnlyList<string> keepFiles, CommitGuard? guard)
    {
        destination = Path.GetFullPath(destination);
        // The last guard: whatever an earlier stage let through, nothing is written outside the destination.
        var outside = requested.Where(f => !IsInside(destination, f.RelativePath)).ToList();
        var files = outside.Count == 0 ? requested : [.. requested.Except(outside)];
        var refused = outside.Select(f => Diagnostic.Error(DiagnosticCodes.PermalinkOutsideDestination, f.RelativePath,
            "this output path would leave the destination folder and was not written: change its permalink")).ToList();
        StagingArea? own = null;
        try
        {
            var area = opened ?? (own = StagingArea.Open(destination));
            var staged = new bool[files.Count];
            var tooLong = new System.Collections.Concurrent.ConcurrentBag<string>();
            Parallel.For(0, files.Count, i =>
            {
                try
                {
                    staged[i] = files[i].IsStaged || area.Stage(files[i]);
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
            var stale = area.Existing
                .Where(path => !wanted.Contains(path) && !IsKept(path, keepFiles))
                .Order(StringComparer.Ordinal)
                .ToList();
            var toMove = files.Where((_, i) => staged[i]).Select(f => f.RelativePath).ToList();
            if (!(guard ?? new CommitGuard()).TryCommit(() => area.Journal.Commit(toMove, stale)))
            {
                return new WriteResult(0, 0, 0, [.. refused, Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, destination.Replace('\\', '/'),
                    "the build was stopped before the new site was moved into place; nothing in the destination was changed")]);
            }
            return new WriteResult(toMove.Count, files.Count - toMove.Count - tooLong.Count, stale.Count, refused);
        }
        catch (Exception e) when (WriteFailure.Cause(e) is { } cause)
        {
            return new WriteResult(0, 0, 0, [.. refused, Failed(destination, cause)]);
        }
        finally
        {
            own?.Dispose();
        }
    }

    /// <summary>
    /// Before the commit marker, the previous output is untouched and staging is thrown away. After it, some files
    /// may already be in place: the journal is kept, so the next build finishes moving them before anything else.
    /// </summary>
    private static Diagnostic Failed(string destination, Exception cause)
    {
        var shown = destination.Replace('\\', '/');
        var journal = new StagingJournal(destination);
        if (journal.IsSealed)
        {
            return Diagnostic.Error(DiagnosticCodes.OutputPartlyWritten, shown,
                $"the new site was only partly moved into {shown}: {WriteFailure.Describe(cause)}; build again once that is fixed, and the move is finished before anything else is written");
        }
        journal.DiscardUnlessSealed();
        return Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, shown,
            $"cannot write the site into {shown}: {WriteFailure.Describe(cause)}; nothing in the destination was changed");
    }

    /// <summary>Whether <paramref name="relative"/> names a file inside <paramref name="root"/> (a full path), and not in its staging folder.</summary>
    internal static bool IsInside(string root, string relative)
    {
        var back = Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, relative)));
        return !back.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(back) && back != "."
            && !back.StartsWith(StagingJournal.FolderName, StringComparison.Ordinal);
    }

    private static bool IsKept(string relative, IReadOnlyList<string> keepFiles) =>
        keepFiles.Any(keep => relative.Equals(keep, StringComparison.Ordinal) || relative.StartsWith(keep.TrimEnd('/') + "/", StringComparison.Ordinal));
}
