using BlogGen.Building;

using Spectre.Console;

namespace BlogGen.Cli;

/// <summary>
/// On a terminal, a live progress display that appears only when the build takes over a second;
/// with output redirected, one plain line per stage.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    public static BuildResult Run(Verbosity verbosity, Func<IBuildProgress, BuildResult> build)
    {
        var tracker = new Tracker(printStages: verbosity != Verbosity.Quiet && Console.IsOutputRedirected);
        var interactive = verbosity != Verbosity.Quiet && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            return build(tracker);
        }
        var task = Task.Run(() => build(tracker));
        if (task.Wait(Delay))
        {
            return task.GetAwaiter().GetResult();
        }
        AnsiConsole.Progress().AutoClear(true).Start(context =>
        {
            var bar = context.AddTask("Building");
            while (!task.Wait(TimeSpan.FromMilliseconds(100)))
            {
                var (stage, done, total) = tracker.Snapshot();
                bar.Description = stage;
                bar.MaxValue = Math.Max(1, total);
                bar.Value = done;
            }
            bar.Value = bar.MaxValue;
        });
        return task.GetAwaiter().GetResult();
    }

    private sealed class Tracker(bool printStages) : IBuildProgress
    {
        private readonly Lock _gate = new();
        private string _stage = "Starting";
        private int _total;
        private int _done;

        public void Stage(string name, int total)
        {
            lock (_gate)
            {
                _stage = name;
                _total = total;
                _done = 0;
            }
            if (printStages)
            {
                Console.WriteLine($"{name} ({total})");
            }
        }

        public void Advance() => Interlocked.Increment(ref _done);

        public (string Stage, int Done, int Total) Snapshot()
        {
            lock (_gate)
            {
                return (_stage, Volatile.Read(ref _done), _total);
            }
        }
    }
}
