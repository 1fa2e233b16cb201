using System.Diagnostics;

namespace BlogGen.Fuzz;

/// <summary>
/// Runs work on its own thread and stops waiting when it has used <c>timeout</c> of processor time, or six times
/// that in wall-clock time (work that blocks without computing). Processor time, because on a shared machine a
/// slow build is not a hung one. The work itself cannot be stopped: a hung one is left running.
/// </summary>
public static class Watchdog
{
    private const int WallClockFactor = 6;

    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);

    public static WatchdogResult<T> Run<T>(Func<T> work, TimeSpan timeout)
    {
        using var process = Process.GetCurrentProcess();
        var startCpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var finished = ((IAsyncResult)task).AsyncWaitHandle;
        while (!finished.WaitOne(PollEvery))
        {
            process.Refresh();
            if (process.TotalProcessorTime - startCpu > timeout || wall.Elapsed > timeout * WallClockFactor)
            {
                return new WatchdogResult<T>(default, null, TimedOut: true, process.TotalProcessorTime - startCpu);
            }
        }
        process.Refresh();
        var used = process.TotalProcessorTime - startCpu;
        return task.IsFaulted
            ? new WatchdogResult<T>(default, task.Exception!.InnerException ?? task.Exception, TimedOut: false, used)
            : new WatchdogResult<T>(task.Result, null, TimedOut: false, used);
    }
}

/// <param name="Value">The work's result when it finished without an exception.</param>
/// <param name="ProcessorTime">What the process used meanwhile: the work, and anything else running in it.</param>
public sealed record WatchdogResult<T>(T? Value, Exception? Exception, bool TimedOut, TimeSpan ProcessorTime);
