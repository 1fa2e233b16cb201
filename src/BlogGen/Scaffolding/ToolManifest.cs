using System.Text;
using System.Text.Json;

using BlogGen.Diagnostics;

namespace BlogGen.Scaffolding;

/// <summary>
/// The local tool manifest, <c>.config/dotnet-tools.json</c>, that pins BlogGen in a site: <c>dotnet tool restore</c>
/// then installs the very version the site was made and previewed with, on every machine and in CI, and
/// <c>dotnet bloggen</c> runs it. Written with <see cref="Utf8JsonWriter"/> and read with <see cref="JsonDocument"/>,
/// so nothing here needs reflection (Native AOT).
/// </summary>
public static class ToolManifest
{
    /// <summary>Where <c>dotnet new tool-manifest</c> puts it, relative to the site.</summary>
    public const string RelativePath = ".config/dotnet-tools.json";

    /// <summary>The key of BlogGen in the manifest's <c>tools</c>: the package id as dotnet writes it, in lower case.</summary>
    private const string ToolKey = "bloggen";

    /// <summary>The manifest <c>dotnet tool install BlogGen --version VERSION</c> writes into a new site.</summary>
    public static string Text(string version)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteBoolean("isRoot", true);
            json.WriteStartObject("tools");
            json.WriteStartObject(ToolKey);
            json.WriteString("version", version);
            json.WriteStartArray("commands");
            json.WriteStringValue("bloggen");
            json.WriteEndArray();
            json.WriteBoolean("rollForward", false);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n");
    }

    /// <summary>
    /// The BlogGen version pinned for <paramref name="directory"/>, found as dotnet finds it: in that folder and each one
    /// above, <c>.config/dotnet-tools.json</c> then <c>dotnet-tools.json</c>, until a manifest lists BlogGen or says
    /// <c>"isRoot": true</c>. Null <see cref="Pin.Version"/> when none pins it; a manifest that cannot be read is a warning.
    /// </summary>
    public static Pin FindPinned(string directory)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(directory)); folder is not null; folder = folder.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(folder.FullName, ".config", "dotnet-tools.json"), Path.Combine(folder.FullName, "dotnet-tools.json") })
            {
                if (!File.Exists(candidate))
                {
                    continue;
                }
                var pin = Read(candidate);
                if (pin.Version is not null || pin.IsRoot || pin.Problem is not null)
                {
                    return pin;
                }
            }
        }
        return new Pin(null, null, false, null);
    }

    /// <summary>A warning when the manifest for <paramref name="directory"/> pins another BlogGen than <paramref name="running"/>.</summary>
    public static Diagnostic? CheckRunningVersion(string directory, string running)
    {
        var pin = FindPinned(directory);
        if (pin.Problem is not null)
        {
            return pin.Problem;
        }
        return pin.Version is { } pinned && !string.Equals(pinned, running, StringComparison.OrdinalIgnoreCase)
            ? Diagnostic.Warning(DiagnosticCodes.ToolVersionDiffers, pin.Path!,
                $"this folder pins BlogGen {pinned}, but this is BlogGen {running}: run 'dotnet tool restore' and then 'dotnet bloggen' to use the pinned version, or 'dotnet tool update BlogGen --version {running}' to pin this one")
            : null;
    }

    /// <summary>What one manifest says of BlogGen.</summary>
    public static Pin Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            var isRoot = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("isRoot", out var flag) && flag.ValueKind == JsonValueKind.True;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Object)
            {
                foreach (var tool in tools.EnumerateObject())
                {
                    if (string.Equals(tool.Name, ToolKey, StringComparison.OrdinalIgnoreCase)
                        && tool.Value.ValueKind == JsonValueKind.Object
                        && tool.Value.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String)
                    {
                        return new Pin(path, version.GetString(), isRoot, null);
                    }
                }
            }
            return new Pin(path, null, isRoot, null);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return new Pin(path, null, false, Diagnostic.Warning(DiagnosticCodes.ToolManifestUnreadable, path,
                $"the tool manifest cannot be read ({e.Message}): fix it, or delete it and run 'dotnet new tool-manifest' and 'dotnet tool install BlogGen'"));
        }
    }

    /// <summary>A manifest's answer: its path, the BlogGen version it pins (or null), whether dotnet stops looking there, and why it could not be read.</summary>
    public sealed record Pin(string? Path, string? Version, bool IsRoot, Diagnostic? Problem);
}
