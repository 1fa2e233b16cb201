using BlogGen.Building;
using BlogGen.Diagnostics;
using BlogGen.Output;

namespace BlogGen.Server;

/// <summary>
/// Rebuilds the site into memory, one build at a time: a change during a build schedules exactly one more.
/// Each build makes a new site and the served one is swapped only after a build without errors, so a page is
/// served whole from one build, and a failed build never replaces the last good site.
/// </summary>
internal sealed class SiteRebuilder(BuildOptions options, LiveEvents events, TextWriter output, TextWriter error)
{
    private readonly Lock gate = new();
    private readonly InMemoryOutput memory = options.Memory ?? throw new ArgumentException("the preview builds into memory", nameof(options));
    private readonly string source = Path.GetFullPath(options.Source);
    private HashSet<string>? pending;
    private Task running = Task.CompletedTask;
    private readonly TaskCompletionSource firstBuilt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile InMemorySite? served;
    private bool stopped;

    /// <summary>The site being served; null until the first build has finished.</summary>
    public InMemorySite? Served => served;

    /// <summary>
    /// The first build, before the server listens: returns once it is done. It runs like any rebuild, so a change
    /// reported while it runs is built right after it.
    /// </summary>
    public void BuildFirst()
    {
        lock (gate)
        {
            pending = [];
            running = Task.Run(BuildWhilePending);
        }
        firstBuilt.Task.Wait();
    }

    /// <summary>Schedules a rebuild for these changed source paths and returns at once.</summary>
    public void Request(IReadOnlyCollection<string> changedPaths)
    {
        lock (gate)
        {
            if (stopped)
            {
                return;
            }
            if (pending is not null)
            {
                pending.UnionWith(changedPaths);
                return;
            }
            pending = [.. changedPaths];
            if (running.IsCompleted)
            {
                running = Task.Run(BuildWhilePending);
            }
        }
    }

    /// <summary>Refuses further rebuilds (a watcher event may still arrive) and waits for a running build at most
    /// <paramref name="limit"/>; a build still running then is abandoned.</summary>
    public bool Stop(TimeSpan limit)
    {
        Task current;
        lock (gate)
        {
            stopped = true;
            pending = null;
            current = running;
        }
        return current.Wait(limit);
    }

    private void BuildWhilePending()
    {
        while (true)
        {
            HashSet<string> changes;
            lock (gate)
            {
                if (pending is null)
                {
                    return;
                }
                changes = pending;
                pending = null;
            }
            Build(changes);
        }
    }

    private void Build(IReadOnlyCollection<string> changes)
    {
        try
        {
            var first = served is null;
            IReadOnlyList<Diagnostic> diagnostics;
            BuildResult? result = null;
            try
            {
                // The source folder itself is reported when the watcher lost events: then nothing it reported is complete.
                var complete = !first && !changes.Contains(source);
                result = SiteBuilder.Build(options with { Changed = complete ? changes : null });
                diagnostics = result.Diagnostics;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The server outlives any one bad build: report it like a build error and keep serving.
                diagnostics = [Diagnostic.Error("BG9999", "", $"BlogGen failed unexpectedly: {e.Message}. Report it with the file you were editing.")];
            }

            DiagnosticPrinter.Print(diagnostics, error);
            var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            if (errors.Count == 0 || first)
            {
                served = memory.Latest;
            }
            var what = first ? "Built" : "Rebuilt";
            if (errors.Count == 0 && result is not null)
            {
                output.WriteLine($"{what} {result.Posts} posts, {result.Pages} pages in {result.Elapsed.TotalMilliseconds:0} ms.");
                events.Succeeded(stylesheetsOnly: changes.Count > 0 && changes.All(IsStylesheet));
            }
            else
            {
                var plural = errors.Count == 1 ? "" : "s";
                output.WriteLine(first
                    ? $"Build failed with {errors.Count} error{plural}; serving what was built. Fix the errors and save to rebuild."
                    : $"Rebuild failed with {errors.Count} error{plural}; still serving the last good site.");
                events.Failed(errors);
            }
        }
        finally
        {
            // The server starts listening once the first build is over, however it ended.
            firstBuilt.TrySetResult();
        }
    }

    private static bool IsStylesheet(string path) => path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);
}
