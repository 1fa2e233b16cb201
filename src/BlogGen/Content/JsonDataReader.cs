using System.Text;
using System.Text.Json;

using BlogGen.Diagnostics;
using BlogGen.Sources;
using BlogGen.Yaml;

namespace BlogGen.Content;

/// <summary>
/// Reads a JSON data file into the same value types as YAML (strings stay strings, as in Jekyll). A repeated key
/// is an error with its line, as in YAML, so it reads tokens itself rather than through JsonDocument.
/// </summary>
internal static class JsonDataReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = YamlTreeReader.MaxDepth,
    };

    public static ParsedDataFile Read(string text, string path)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            var reader = new Utf8JsonReader(bytes, Options);
            reader.Read();
            var value = ReadValue(ref reader);
            // Anything but whitespace and comments after the value makes the reader throw.
            reader.Read();
            return new ParsedDataFile(value, []);
        }
        catch (JsonException error)
        {
            var line = (int)(error.LineNumber ?? 0) + 1;
            var column = ColumnOf(text, line, (int)(error.BytePositionInLine ?? 0));
            return Failure(path, $"invalid JSON: {Describe(error.Message)}: fix the JSON syntax here", line, column);
        }
        catch (DuplicateKeyException duplicate)
        {
            var (line, column) = SourceText.Locate(bytes, duplicate.ByteIndex);
            return Failure(path, $"invalid JSON: the key \"{duplicate.Key}\" appears twice in one object: remove one of them", line, column);
        }
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    var keyIndex = (int)reader.TokenStartIndex;
                    reader.Read();
                    if (!map.TryAdd(key, ReadValue(ref reader)))
                    {
                        throw new DuplicateKeyException(key, keyIndex);
                    }
                }
                return map;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadValue(ref reader));
                }
                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var integer) ? integer : (object)reader.GetDouble();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                return null;
        }
    }

    private static ParsedDataFile Failure(string path, string message, int line, int column) =>
        new(null, [Diagnostic.Error(DiagnosticCodes.DataFileInvalid, path, message, line, column)]);

    /// <summary>System.Text.Json appends "Path: $.x | LineNumber: 1 | BytePositionInLine: 2."; the diagnostic already says where.</summary>
    private static string Describe(string message)
    {
        var location = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (location < 0)
        {
            location = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }
        return (location < 0 ? message : message[..location]).Trim().TrimEnd('.');
    }

    /// <summary>The 1-based character column of a UTF-8 byte offset within line <paramref name="line"/>.</summary>
    private static int ColumnOf(string text, int line, int bytePosition)
    {
        var lineStart = 0;
        for (var current = 1; current < line; current++)
        {
            var newline = text.IndexOf('\n', lineStart);
            if (newline < 0)
            {
                return bytePosition + 1;
            }
            lineStart = newline + 1;
        }
        var column = 1;
        var bytes = 0;
        foreach (var rune in text.AsSpan(lineStart).EnumerateRunes())
        {
            if (bytes >= bytePosition || rune.Value == '\n')
            {
                break;
            }
            bytes += rune.Utf8SequenceLength;
            column++;
        }
        return column;
    }

    private sealed class DuplicateKeyException(string key, int byteIndex) : Exception
    {
        public string Key { get; } = key;

        public int ByteIndex { get; } = byteIndex;
    }
}
