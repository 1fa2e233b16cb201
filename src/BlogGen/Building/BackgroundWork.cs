namespace BlogGen.Building;

/// <summary>
/// Work started on another thread that a build waits for before it ends, whatever happens meanwhile: disposed, it
/// waits. Used for cache files written beside the build, which must be finished before the build lock is let go.
/// </summary>
internal sealed class BackgroundWork : IDisposable
{
    private readonly Task _task;

    private BackgroundWork(Task task) => _task = task;

    public static BackgroundWork Run(Action work) => new(Task.Run(work));

    /// <summary>Nothing to wait for: a build that keeps its cache in a session, not in files.</summary>
    public static BackgroundWork None() => new(Task.CompletedTask);

    public void Wait() => _task.GetAwaiter().GetResult();

    /// <summary>Waits without throwing: a failure is seen by <see cref="Wait"/>, and a build ending with another exception keeps that one.</summary>
    public void Dispose() => ((IAsyncResult)_task).AsyncWaitHandle.WaitOne();
}
