using System.Diagnostics;

namespace BlogGen.Server;

/// <summary>Opens the preview in the user's browser when the system has a way to; never fails the server.</summary>
internal static class BrowserOpener
{
    public static void Open(string url, TextWriter output)
    {
        try
        {
            var start = OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD()
                ? FindOnPath("xdg-open") is { } opener ? new ProcessStartInfo(opener, [url]) : null
                : new ProcessStartInfo(url) { UseShellExecute = true };
            if (start is null)
            {
                output.WriteLine($"No browser opener (xdg-open) found: open {url} yourself.");
                return;
            }
            using var process = Process.Start(start);
            output.WriteLine($"Opening {url} in your browser.");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            output.WriteLine($"Could not open a browser ({e.Message}): open {url} yourself.");
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
