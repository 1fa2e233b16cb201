using System.Text;

using BlogGen.Diagnostics;

namespace BlogGen.Building.Caching;

/// <summary>
/// <c>.bloggen-cache/stamp.bin</c>: the <see cref="BuildStamp"/> of the last build, apart from the cache so that a build
/// with nothing to do reads a few kilobytes, not the cache. Missing, damaged or from another build of the tool: none.
/// </summary>
internal static class BuildStampFile
{
    private const string FileName = "stamp.bin";
    private const int FormatVersion = 1;

    public static string PathIn(string sourceFolder) => Path.Combine(sourceFolder, BuildCacheFile.FolderName, FileName);

    public static BuildStamp? Load(string sourceFolder)
    {
        try
        {
            using var stream = File.OpenRead(PathIn(sourceFolder));
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadInt32() != FormatVersion || new Guid(reader.ReadBytes(16)) != BuildCacheFile.ToolIdentity)
            {
                return null;
            }
            var inputs = BuildCacheFile.ReadHash(reader);
            var output = BuildCacheFile.ReadHash(reader);
            var buildTime = ReadTime(reader);
            var showsBuildTime = reader.ReadBoolean();
            var newest = reader.ReadBoolean() ? ReadTime(reader) : (DateTimeOffset?)null;
            var held = reader.ReadBoolean() ? ReadTime(reader) : (DateTimeOffset?)null;
            var (posts, pages, statics, files, removals) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            var diagnostics = ReadDiagnostics(reader);
            var reports = ReadDiagnostics(reader);
            var result = new BuildResult(posts, pages, statics, 0, files, 0, removals, diagnostics, reports, TimeSpan.Zero) { NothingChanged = true };
            return new BuildStamp(inputs, output, buildTime, showsBuildTime, newest, held, result);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Writes the stamp, or removes the last one when there is none: a stale stamp must never outlive its build.</summary>
    public static void Save(BuildStamp? stamp, string sourceFolder)
    {
        var path = PathIn(sourceFolder);
        var temporary = path + ".tmp";
        try
        {
            if (stamp is null)
            {
                File.Delete(path);
                return;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = File.Create(temporary))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(FormatVersion);
                writer.Write(BuildCacheFile.ToolIdentity.ToByteArray());
                BuildCacheFile.WriteHash(writer, stamp.Inputs);
                BuildCacheFile.WriteHash(writer, stamp.Output);
                WriteTime(writer, stamp.BuildTime);
                writer.Write(stamp.ShowsBuildTime);
                WriteOptionalTime(writer, stamp.NewestPostShown);
                WriteOptionalTime(writer, stamp.FirstPostHeldBack);
                var result = stamp.Result;
                writer.Write(result.Posts);
                writer.Write(result.Pages);
                writer.Write(result.StaticFiles);
                writer.Write(result.FilesWritten + result.FilesUnchanged);
                writer.Write(result.SanitizerRemovals);
                WriteDiagnostics(writer, result.Diagnostics);
                WriteDiagnostics(writer, result.SanitizerReports);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stamp that cannot be written costs the next build its shortcut, never its correctness; one that
            // cannot be removed is still checked against the sources and the output, which this build changed.
            TryDelete(temporary);
        }
    }

    private static void WriteOptionalTime(BinaryWriter writer, DateTimeOffset? time)
    {
        writer.Write(time.HasValue);
        if (time is { } value)
        {
            WriteTime(writer, value);
        }
    }

    private static void WriteTime(BinaryWriter writer, DateTimeOffset time)
    {
        writer.Write(time.UtcTicks);
        writer.Write((int)time.Offset.TotalMinutes);
    }

    private static DateTimeOffset ReadTime(BinaryReader reader)
    {
        var ticks = reader.ReadInt64();
        return new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(reader.ReadInt32()));
    }

    private static void WriteDiagnostics(BinaryWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        writer.Write(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            BuildCacheFile.WriteDiagnostic(writer, diagnostic);
        }
    }

    private static Diagnostic[] ReadDiagnostics(BinaryReader reader)
    {
        var diagnostics = new Diagnostic[reader.ReadInt32()];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            diagnostics[i] = BuildCacheFile.ReadDiagnostic(reader);
        }
        return diagnostics;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the next build ignores a stray temporary file.
        }
    }
}
