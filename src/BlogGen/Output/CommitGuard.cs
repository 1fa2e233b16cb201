namespace BlogGen.Output;

/// <summary>
/// Holds off a request to stop the process (SIGTERM from CI or a service manager, Ctrl+C) while a build moves its
/// staged files into the destination, so a stopped build leaves the old site or the new one whole, never a mix of
/// both until the next build finishes the move. Before that moment nothing in the destination has changed, and the
/// next build throws the staged files away.
/// </summary>
public sealed class CommitGuard
{
    private readonly Lock _gate = new();
    private bool _stopping;

    /// <summary>Runs <paramref name="commit"/> unless a stop came first; false when it did not run.</summary>
    internal bool TryCommit(Action commit)
    {
        lock (_gate)
        {
            if (_stopping)
            {
                return false;
            }
            commit();
            return true;
        }
    }

    /// <summary>Waits for a commit under way to end; no commit starts after it. The caller then ends the process.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _stopping = true;
        }
    }
}
