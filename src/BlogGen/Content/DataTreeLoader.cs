using System.Text;

using BlogGen.Diagnostics;
using BlogGen.Sources;
using BlogGen.Yaml;

namespace BlogGen.Content;

/// <summary>
/// Reads a site's <c>_data/</c> folder as Jekyll does: YAML, JSON, CSV and TSV files, with sub-folders as nested
/// maps (<c>_data/authors/en.yml</c> is <c>data["authors"]["en"]</c>). Entries are read in ordinal name order, so the
/// result is the same on every machine. A bad file is reported and left out; the others still load.
/// </summary>
public static class DataTreeLoader
{
    public static DataTreeResult Load(string dataDirectory, TimeZoneInfo timeZone)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var root = new DirectoryInfo(Path.GetFullPath(dataDirectory));
        if (root.Exists)
        {
            var loader = new Loading(root.Parent?.FullName ?? root.FullName, timeZone, diagnostics);
            loader.ReadFolder(root, data);
        }
        return new DataTreeResult(data, diagnostics);
    }

    /// <summary>Jekyll's key for a data file or folder name: letters, digits, '_' and '-', spaces as '_'.</summary>
    internal static string KeyFor(string name)
    {
        var key = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var rune in name.Trim().EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = true;
                continue;
            }
            if (!Rune.IsLetterOrDigit(rune) && rune.Value is not ('_' or '-'))
            {
                continue;
            }
            if (pendingSpace)
            {
                key.Append('_');
                pendingSpace = false;
            }
            key.Append(rune.ToString());
        }
        return key.ToString();
    }

    private sealed class Loading(string baseFolder, TimeZoneInfo timeZone, List<Diagnostic> diagnostics)
    {
        public void ReadFolder(DirectoryInfo folder, Dictionary<string, object?> into)
        {
            var entries = folder.EnumerateFileSystemInfos()
                .Where(static entry => !entry.Name.StartsWith('.'))
                .OrderBy(static entry => entry.Name, StringComparer.Ordinal);
            var definedBy = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var path = DisplayPath(entry.FullName);
                if (entry.LinkTarget is not null)
                {
                    diagnostics.Add(Diagnostic.Warning(
                        DiagnosticCodes.DataFileInvalid,
                        path,
                        "this is a symbolic link, and data is not read through links: copy the real file or folder into _data instead"));
                    continue;
                }
                if (entry is DirectoryInfo directory)
                {
                    if (TryClaimKey(directory.Name, path, definedBy, out var key))
                    {
                        var nested = new Dictionary<string, object?>(StringComparer.Ordinal);
                        into.Add(key, nested);
                        ReadFolder(directory, nested);
                    }
                    continue;
                }
                var format = Path.GetExtension(entry.Name).ToLowerInvariant();
                if (format is not (".yml" or ".yaml" or ".json" or ".csv" or ".tsv"))
                {
                    continue;
                }
                var parsed = ReadFile((FileInfo)entry, path, format);
                diagnostics.AddRange(parsed.Diagnostics);
                if (!parsed.Failed && TryClaimKey(Path.GetFileNameWithoutExtension(entry.Name), path, definedBy, out var fileKey))
                {
                    into.Add(fileKey, parsed.Value);
                }
            }
        }

        private bool TryClaimKey(string name, string path, Dictionary<string, string> definedBy, out string key)
        {
            key = KeyFor(name);
            if (key.Length == 0)
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.DataFileInvalid,
                    path,
                    "this is not read: its name has no letters or digits to name it in site.data: rename it"));
                return false;
            }
            if (definedBy.TryGetValue(key, out var first))
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.DataFileInvalid,
                    path,
                    $"this is not read: '{first}' already defines the site.data key '{key}': rename one of them"));
                return false;
            }
            definedBy.Add(key, path);
            return true;
        }

        private ParsedDataFile ReadFile(FileInfo file, string path, string format)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file.FullName);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                return new ParsedDataFile(null, [Diagnostic.Error(DiagnosticCodes.FileUnreadable, path, $"the file cannot be read ({error.Message}): check that it exists and is readable")]);
            }

            var text = SourceText.Decode(bytes, path, out var notText);
            if (text is null)
            {
                return new ParsedDataFile(null, [notText!]);
            }
            return format switch
            {
                ".json" => JsonDataReader.Read(text, path),
                ".csv" => CsvDataReader.Read(text, path, ','),
                ".tsv" => CsvDataReader.Read(text, path, '\t'),
                _ => ReadYaml(text, path),
            };
        }

        private ParsedDataFile ReadYaml(string text, string path)
        {
            var document = YamlValueReader.ReadDocument(text, path, timeZone);
            return new ParsedDataFile(
                document.Value,
                [.. document.Diagnostics.Select(static diagnostic => diagnostic with { Code = DiagnosticCodes.DataFileInvalid })]);
        }

        private string DisplayPath(string fullPath) => Path.GetRelativePath(baseFolder, fullPath).Replace('\\', '/');
    }
}
