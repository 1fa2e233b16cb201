using BlogGen.Diagnostics;

namespace BlogGen.Building.Caching;

/// <summary>
/// <c>.bloggen-cache/stamp.bin</c>: the <see cref="BuildStamp"/> of the last build, apart from the cache so that a build
/// with nothing to do reads a few kilobytes, not the cache. Missing, damaged or from another build of the tool: none
/// (see <see cref="BuildCacheFile.Read"/>).
/// </summary>
internal static class BuildStampFile
{
    private const string FileName = "stamp.bin";

    public static string PathIn(string sourceFolder) => Path.Combine(sourceFolder, BuildCacheFile.FolderName, FileName);

    /// <param name="ignored">Gets why a stamp that exists was not used.</param>
    public static BuildStamp? Load(string sourceFolder, ICollection<string> ignored) =>
        BuildCacheFile.Read(PathIn(sourceFolder), reader =>
        {
            var inputs = reader.ReadBoolean() ? BuildCacheFile.ReadHash(reader) : (UInt128?)null;
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
        }, ignored);

    /// <summary>Writes the stamp, or removes the last one when there is none: a stale stamp must never outlive its build.</summary>
    public static void Save(BuildStamp? stamp, string sourceFolder)
    {
        if (stamp is null)
        {
            TryRemove(sourceFolder);
            return;
        }
        BuildCacheFile.Write(PathIn(sourceFolder), writer =>
        {
            writer.Write(stamp.Inputs.HasValue);
            if (stamp.Inputs is { } inputs)
            {
                BuildCacheFile.WriteHash(writer, inputs);
            }
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
        });
    }

    /// <summary>
    /// Removes the stamp before a build changes anything, so that a stamp stands only for a build that finished: one
    /// stopped halfway leaves none. False when it is there and cannot be removed.
    /// </summary>
    public static bool TryRemove(string sourceFolder)
    {
        try
        {
            File.Delete(PathIn(sourceFolder));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stamp that cannot be removed is still checked against the sources and the output, which this build changes.
            return false;
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
}
