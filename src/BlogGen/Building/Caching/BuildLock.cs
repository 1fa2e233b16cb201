using System.Diagnostics;

namespace BlogGen.Building.Caching;

/// <summary>
/// One <c>bloggen build</c> of a source folder at a time: two at once would mix their files in the destination and in
/// the cache. A build holds an exclusive lock on <c>.bloggen-cache/build.lock</c> from before it reads the cache or the destination until
/// its cache is saved; a second build waits for it. The operating system lets go of the lock when the process ends,
/// however it ends, so a killed build never leaves the site locked.
/// </summary>
internal sealed class BuildLock : IDisposable
{
    private const string FileName = "build.lock";

    // What the system reports when another process holds the lock: EWOULDBLOCK from flock (11 on Linux, 35 on macOS
    // and the BSDs), a sharing violation on Windows.
    private const int HeldOnLinux = 11;
    private const int HeldOnMac = 35;
    private const int HeldOnWindows = unchecked((int)0x80070020);

    private readonly FileStream? _file;

    private BuildLock(FileStream? file) => _file = file;

    /// <summary>The lock file, relative to the source folder, as diagnostics name it.</summary>
    public const string RelativePath = BuildCacheFile.FolderName + "/" + FileName;

    public static string PathIn(string sourceFolder) => Path.Combine(sourceFolder, BuildCacheFile.FolderName, FileName);

    /// <summary>
    /// The lock, once no other build holds it; null when another still held it after <paramref name="wait"/>. A folder
    /// where the lock cannot be made at all (read-only) builds without one: there is no cache to mix up there either.
    /// </summary>
    /// <param name="waiting">Called once, when the build has to wait.</param>
    public static BuildLock? Take(string sourceFolder, TimeSpan wait, Action waiting)
    {
        if (!Directory.Exists(sourceFolder))
        {
            return new BuildLock(null);
        }
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            try
            {
                Directory.CreateDirectory(Path.Combine(sourceFolder, BuildCacheFile.FolderName));
                return new BuildLock(new FileStream(PathIn(sourceFolder), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (e.HResult is HeldOnLinux or HeldOnWindows || (e.HResult == HeldOnMac && !OperatingSystem.IsLinux()))
            {
                if (clock.Elapsed >= wait)
                {
                    return null;
                }
                if (!told)
                {
                    waiting();
                    told = true;
                }
                Thread.Sleep(TimeSpan.FromMilliseconds(100));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new BuildLock(null);
            }
        }
    }

    public void Dispose() => _file?.Dispose();
}
