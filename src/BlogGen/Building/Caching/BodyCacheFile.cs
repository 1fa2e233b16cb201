using System.Text;

using BlogGen.Diagnostics;
using BlogGen.Markdown;

namespace BlogGen.Building.Caching;

/// <summary>
/// <c>.bloggen-cache/bodies.bin</c>: the body cache between runs of <c>bloggen build</c>. A file written by another
/// build of the tool, or damaged, is ignored (the build converts everything again); it is replaced atomically.
/// </summary>
internal static class BodyCacheFile
{
    public const string FolderName = ".bloggen-cache";
    private const string FileName = "bodies.bin";
    private const int FormatVersion = 1;

    /// <summary>Changes with every build of the tool, so a newer BlogGen never reuses what an older one produced.</summary>
    private static readonly Guid ToolIdentity = typeof(BodyCacheFile).Assembly.ManifestModule.ModuleVersionId;

    public static string PathIn(string sourceFolder) => Path.Combine(sourceFolder, FolderName, FileName);

    public static BodyCache Load(string sourceFolder)
    {
        try
        {
            using var stream = File.OpenRead(PathIn(sourceFolder));
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadInt32() != FormatVersion || new Guid(reader.ReadBytes(16)) != ToolIdentity)
            {
                return new BodyCache();
            }
            var count = reader.ReadInt32();
            var entries = new List<KeyValuePair<UInt128, CachedBody>>(count);
            for (var i = 0; i < count; i++)
            {
                var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                entries.Add(new(key, ReadEntry(reader)));
            }
            return new BodyCache(entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or ArgumentException or FormatException)
        {
            return new BodyCache();
        }
    }

    /// <summary>Writes the cache; a cache that cannot be written costs the next build time, never its correctness.</summary>
    public static void Save(BodyCache cache, string sourceFolder)
    {
        var path = PathIn(sourceFolder);
        var temporary = path + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = File.Create(temporary))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                var entries = cache.Entries.ToList();
                writer.Write(FormatVersion);
                writer.Write(ToolIdentity.ToByteArray());
                writer.Write(entries.Count);
                foreach (var (key, entry) in entries)
                {
                    writer.Write((ulong)(key >> 64));
                    writer.Write((ulong)key);
                    WriteEntry(writer, entry);
                }
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the next build ignores a stray temporary file.
            }
        }
    }

    private static void WriteEntry(BinaryWriter writer, CachedBody entry)
    {
        var body = entry.Body;
        writer.Write(body.Html);
        writer.Write(body.ExcerptHtml);
        writer.Write(body.Headings.Count);
        foreach (var heading in body.Headings)
        {
            writer.Write(heading.Level);
            writer.Write(heading.Id);
            writer.Write(heading.Text);
        }
        writer.Write(body.Removals);
        writer.Write(body.SanitizerReport is not null);
        if (body.SanitizerReport is { } report)
        {
            WriteDiagnostic(writer, report);
        }
        writer.Write(body.Diagnostics.Count);
        foreach (var diagnostic in body.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
        }
        writer.Write(entry.Links.Count);
        foreach (var link in entry.Links)
        {
            writer.Write(link.Path);
            writer.Write(link.Url is not null);
            writer.Write(link.Url ?? "");
        }
    }

    private static CachedBody ReadEntry(BinaryReader reader)
    {
        var html = reader.ReadString();
        var excerpt = reader.ReadString();
        var headings = new HeadingInfo[reader.ReadInt32()];
        for (var i = 0; i < headings.Length; i++)
        {
            headings[i] = new HeadingInfo(reader.ReadInt32(), reader.ReadString(), reader.ReadString());
        }
        var removals = reader.ReadInt32();
        var report = reader.ReadBoolean() ? ReadDiagnostic(reader) : null;
        var diagnostics = new Diagnostic[reader.ReadInt32()];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            diagnostics[i] = ReadDiagnostic(reader);
        }
        var links = new ResolvedPath[reader.ReadInt32()];
        for (var i = 0; i < links.Length; i++)
        {
            var linkPath = reader.ReadString();
            var resolved = reader.ReadBoolean();
            var url = reader.ReadString();
            links[i] = new ResolvedPath(linkPath, resolved ? url : null);
        }
        return new CachedBody(new ConvertedBody(html, excerpt, headings, removals, report, diagnostics), links);
    }

    private static void WriteDiagnostic(BinaryWriter writer, Diagnostic diagnostic)
    {
        writer.Write((int)diagnostic.Severity);
        writer.Write(diagnostic.Code);
        writer.Write(diagnostic.Path);
        writer.Write(diagnostic.Line);
        writer.Write(diagnostic.Column);
        writer.Write(diagnostic.Message);
    }

    private static Diagnostic ReadDiagnostic(BinaryReader reader) =>
        new((Severity)reader.ReadInt32(), reader.ReadString(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadString());
}
