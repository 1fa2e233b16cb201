namespace BlogGen.Output;

/// <summary>
/// Which folders of the destination exist while a commit moves staged files in, each looked up on disk at most once:
/// a site of thousands of pages shares a few hundred folders, and every lookup is a system call.
/// </summary>
internal sealed class DestinationFolders(string destination)
{
    private readonly HashSet<string> _existing = new(StringComparer.Ordinal) { "" };
    private readonly HashSet<string> _movedIn = new(StringComparer.Ordinal);

    /// <summary>
    /// The highest folder on the way to <paramref name="relative"/> that the destination lacks (nothing stands at its
    /// path, not even a file), or null when the file's own folder is there already.
    /// </summary>
    public string? HighestMissing(string relative)
    {
        for (var slash = relative.IndexOf('/'); slash > 0; slash = relative.IndexOf('/', slash + 1))
        {
            var folder = relative[..slash];
            if (_existing.Contains(folder))
            {
                continue;
            }
            if (!Path.Exists(Path.Combine(destination, folder)))
            {
                return folder;
            }
            _existing.Add(folder);
        }
        return null;
    }

    /// <summary>Records a folder moved in whole: it exists now, and every staged file under it has moved with it.</summary>
    public void MovedIn(string folder)
    {
        _movedIn.Add(folder);
        _existing.Add(folder);
    }

    public bool WasMovedIn(string relative)
    {
        for (var slash = relative.IndexOf('/'); slash > 0; slash = relative.IndexOf('/', slash + 1))
        {
            if (_movedIn.Contains(relative[..slash]))
            {
                return true;
            }
        }
        return false;
    }
}
