using System.Diagnostics;
using System.Globalization;

namespace BlogGen.Server;

/// <summary>
/// The private folder a server builds into: <c>TEMP/bloggen-serve/PID-GUID</c>. A server that was killed cannot
/// remove its own, so each start removes the folders of processes that no longer run.
/// </summary>
internal static class Workspace
{
    public static string Parent => Path.Combine(Path.GetTempPath(), "bloggen-serve");

    public static string Create()
    {
        RemoveStale();
        var folder = Path.Combine(Parent, $"{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An abandoned build may still be writing; the next server start removes the folder.
        }
    }

    private static void RemoveStale()
    {
        if (!Directory.Exists(Parent))
        {
            return;
        }
        foreach (var folder in Directory.EnumerateDirectories(Parent))
        {
            var name = Path.GetFileName(folder);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(name.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && !IsRunning(id))
            {
                Delete(folder);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
