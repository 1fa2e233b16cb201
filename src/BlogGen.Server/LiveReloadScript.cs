using System.Collections.Immutable;
using System.Text;

namespace BlogGen.Server;

/// <summary>The live reload script, and its injection into the HTML that <c>serve</c> sends (never into built files).</summary>
internal static class LiveReloadScript
{
    public const string Path = "/__bloggen/livereload.js";
    public const string EventsPath = "/__bloggen/events";

    public static readonly ImmutableArray<byte> Bytes = Load();

    /// <summary>Puts the script tag just before the last <c>&lt;/body&gt;</c>, or at the end when there is none.</summary>
    public static byte[] Inject(byte[] html, string buildId)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{Path}\" data-build=\"{buildId}\"></script>";
        var body = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(body < 0 ? text + tag : text.Insert(body, tag));
    }

    private static ImmutableArray<byte> Load()
    {
        using var stream = typeof(LiveReloadScript).Assembly.GetManifestResourceStream("livereload.js")
            ?? throw new InvalidOperationException("livereload.js is not embedded in BlogGen.Server");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return [.. memory.ToArray()];
    }
}
