using System.Text;

using BlogGen.Diagnostics;
using BlogGen.Markdown;
using BlogGen.Output;

namespace BlogGen.Building.Caching;

/// <summary>
/// <c>.bloggen-cache/build.bin</c>: the build cache between runs of <c>bloggen build</c>. A file written by another
/// build of the tool, or damaged, is ignored (the build does everything again); it is replaced atomically.
/// </summary>
internal static class BuildCacheFile
{
    public const string FolderName = ".bloggen-cache";
    private const string FileName = "build.bin";
    private const int FormatVersion = 10;
    private const int ChecksumLength = 16;

    /// <summary>Changes with every build of the tool, so a newer BlogGen never reuses what an older one produced.</summary>
    internal static readonly Guid ToolIdentity = typeof(BuildCacheFile).Assembly.ManifestModule.ModuleVersionId;

    public static string PathIn(string sourceFolder) => Path.Combine(sourceFolder, FolderName, FileName);

    /// <param name="ignored">Gets why a cache file that exists was not used, for the summary.</param>
    public static BuildSession Load(string sourceFolder, ICollection<string> ignored) =>
        Read(PathIn(sourceFolder), reader =>
        {
            var bodies = new KeyValuePair<UInt128, CachedBody>[reader.ReadInt32()];
            for (var i = 0; i < bodies.Length; i++)
            {
                bodies[i] = new(ReadHash(reader), ReadBody(reader));
            }
            var pages = new KeyValuePair<string, PageRender>[reader.ReadInt32()];
            var names = new RepeatedStringReader();
            for (var i = 0; i < pages.Length; i++)
            {
                pages[i] = new(reader.ReadString(), ReadPage(reader, names));
            }
            var frontMatter = new KeyValuePair<UInt128, IReadOnlyDictionary<string, object?>>[reader.ReadInt32()];
            for (var i = 0; i < frontMatter.Length; i++)
            {
                frontMatter[i] = new(ReadHash(reader), CachedYamlValues.ReadMap(reader));
            }
            return new BuildSession(bodies, pages, SearchIndexCacheFile.Reader(sourceFolder, ignored), frontMatter);
        }, ignored) ?? new BuildSession();

    /// <summary>
    /// Writes the cache, and the search index when the build made another one; a cache that cannot be written costs
    /// the next build time, never its correctness.
    /// </summary>
    public static void Save(BuildSession session, string sourceFolder) => Parallel.Invoke(
        () => Write(PathIn(sourceFolder), writer =>
        {
            var bodies = session.Bodies.Entries.ToList();
            writer.Write(bodies.Count);
            foreach (var (key, body) in bodies)
            {
                WriteHash(writer, key);
                WriteBody(writer, body);
            }
            var pages = session.Pages.Entries.ToList();
            writer.Write(pages.Count);
            var names = new RepeatedStringWriter();
            foreach (var (outputPath, page) in pages)
            {
                writer.Write(outputPath);
                WritePage(writer, page, names);
            }
            var frontMatter = session.FrontMatter.Entries.Entries.ToList();
            writer.Write(frontMatter.Count);
            foreach (var (key, values) in frontMatter)
            {
                WriteHash(writer, key);
                CachedYamlValues.Write(writer, values);
            }
        }),
        () => SearchIndexCacheFile.SaveIfMade(session, sourceFolder));

    /// <summary>
    /// What <paramref name="read"/> makes of a cache file written by this build of the tool; null when the file is
    /// missing, written by another build of the tool, or changed in any byte since it was written (its checksum then
    /// differs): the work is then done again. Why a file that exists was not used is added to <paramref name="ignored"/>.
    /// </summary>
    internal static T? Read<T>(string path, Func<BinaryReader, T> read, ICollection<string>? ignored = null)
        where T : class
    {
        string? why;
        try
        {
            // Unbuffered: the checksum stream reads in blocks of its own.
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            using var header = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
            if (header.ReadInt32() != FormatVersion || new Guid(header.ReadBytes(16)) != ToolIdentity)
            {
                why = "it was written by another version of BlogGen";
            }
            else
            {
                var expected = header.ReadBytes(ChecksumLength);
                using var checksum = new ChecksumStream(file);
                using var reader = new CacheFileReader(checksum, file.Length);
                var value = read(reader);
                // Read to the end, and every byte as written: anything else is a damaged file that happened to parse.
                if (checksum.IsAtEnd && checksum.Checksum.AsSpan().SequenceEqual(expected))
                {
                    return value;
                }
                why = "it was changed after it was written (its checksum does not match)";
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (EndOfStreamException)
        {
            why = "it is cut short";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or FormatException
            or IndexOutOfRangeException or OverflowException)
        {
            why = $"it could not be read ({e.Message})";
        }
        ignored?.Add($"{FolderName}/{Path.GetFileName(path)} was not used: {why}");
        return null;
    }

    /// <summary>
    /// Writes a cache file whole or not at all: into a temporary file, then renamed over the old one. The file starts
    /// with the format version, the tool's identity and a checksum of the rest.
    /// </summary>
    internal static void Write(string path, Action<BinaryWriter> write)
    {
        var temporary = path + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                file.Write(BitConverter.GetBytes(FormatVersion));
                file.Write(ToolIdentity.ToByteArray());
                var checksumAt = file.Position;
                file.Write(new byte[ChecksumLength]);
                using (var checksum = new ChecksumStream(file))
                using (var writer = new BinaryWriter(checksum, Encoding.UTF8, leaveOpen: true))
                {
                    write(writer);
                    writer.Flush();
                    file.Position = checksumAt;
                    file.Write(checksum.Checksum);
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

    private static void WriteBody(BinaryWriter writer, CachedBody entry)
    {
        var body = entry.Body;
        writer.Write(body.Html);
        writer.Write(body.Text);
        writer.Write(body.ExcerptHtml);
        writer.Write(body.ExcerptText);
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

    private static CachedBody ReadBody(BinaryReader reader)
    {
        var html = reader.ReadString();
        var text = reader.ReadString();
        var excerpt = reader.ReadString();
        var excerptText = reader.ReadString();
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
        var links = new ResolvedLink[reader.ReadInt32()];
        for (var i = 0; i < links.Length; i++)
        {
            var linkPath = reader.ReadString();
            var resolved = reader.ReadBoolean();
            var url = reader.ReadString();
            links[i] = new ResolvedLink(linkPath, resolved ? url : null);
        }
        return new CachedBody(new ConvertedBody(html, text, excerpt, excerptText, headings, removals, report, diagnostics), links);
    }

    /// <param name="names">Writes the pages' and members' names read, which repeat across pages.</param>
    private static void WritePage(BinaryWriter writer, PageRender page, RepeatedStringWriter names)
    {
        WriteHash(writer, page.Key);
        WriteHash(writer, page.Output);
        writer.Write(page.Pages.Count);
        foreach (var read in page.Pages)
        {
            names.Write(writer, read.Identity);
            WriteHash(writer, read.Hash);
            writer.Write(read.Members is not null);
            if (read.Members is { } members)
            {
                WriteReads(writer, members, names);
            }
        }
        WriteReads(writer, page.SiteMembers, names);
        writer.Write(page.Seen is not null);
        if (page.Seen is { } seen)
        {
            writer.Write(seen.Length);
            writer.Write(seen.LastWriteUtc.Ticks);
        }
    }

    private static PageRender ReadPage(BinaryReader reader, RepeatedStringReader names)
    {
        var key = ReadHash(reader);
        var output = ReadHash(reader);
        var pages = new PageRead[reader.ReadInt32()];
        for (var i = 0; i < pages.Length; i++)
        {
            pages[i] = new PageRead(names.Read(reader), ReadHash(reader), reader.ReadBoolean() ? ReadReads(reader, names) : null);
        }
        var siteMembers = ReadReads(reader, names);
        var seen = reader.ReadBoolean() ? new OutputStamp(reader.ReadInt64(), new DateTime(reader.ReadInt64(), DateTimeKind.Utc)) : null;
        return new PageRender(key, output, pages, siteMembers) { Seen = seen };
    }

    private static void WriteReads(BinaryWriter writer, IReadOnlyList<ReadValue> reads, RepeatedStringWriter names)
    {
        writer.Write(reads.Count);
        foreach (var read in reads)
        {
            names.Write(writer, read.Name);
            WriteHash(writer, read.Hash);
        }
    }

    private static ReadValue[] ReadReads(BinaryReader reader, RepeatedStringReader names)
    {
        var reads = new ReadValue[reader.ReadInt32()];
        for (var i = 0; i < reads.Length; i++)
        {
            reads[i] = new ReadValue(names.Read(reader), ReadHash(reader));
        }
        return reads;
    }

    internal static void WriteHash(BinaryWriter writer, UInt128 hash)
    {
        writer.Write((ulong)(hash >> 64));
        writer.Write((ulong)hash);
    }

    internal static UInt128 ReadHash(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    internal static void WriteDiagnostic(BinaryWriter writer, Diagnostic diagnostic)
    {
        writer.Write((int)diagnostic.Severity);
        writer.Write(diagnostic.Code);
        writer.Write(diagnostic.Path);
        writer.Write(diagnostic.Line);
        writer.Write(diagnostic.Column);
        writer.Write(diagnostic.Message);
    }

    internal static Diagnostic ReadDiagnostic(BinaryReader reader) =>
        new((Severity)reader.ReadInt32(), reader.ReadString(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadString());
}
