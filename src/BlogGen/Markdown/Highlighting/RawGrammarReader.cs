using System.Text.Json;

using TextMateSharp.Internal.Grammars.Parser;

namespace BlogGen.Markdown.Highlighting;

/// <summary>
/// Reads a TextMate grammar file (JSON) into the tree TextMateSharp's registry takes: <see cref="Raw"/> for an object, a
/// list for an array, text for a string. TextMateSharp's own reader builds a JSON tree first and then copies it through a
/// property-list builder, which was a tenth of a ten-post build; this reads the bytes once. Numbers and true/false are
/// passed over, as TextMateSharp's reader passes over them, so a grammar means the same either way (GrammarSourceTests
/// compares the two trees for every grammar shipped).
/// </summary>
internal static class RawGrammarReader
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 1024 };

    public static Raw Read(Stream stream)
    {
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var reader = new Utf8JsonReader(bytes, Options);
        reader.Read();
        return ReadValue(ref reader) as Raw ?? throw new JsonException("a grammar file must hold a JSON object");
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var raw = new Raw();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    if (ReadValue(ref reader) is { } value)
                    {
                        raw[key] = value;
                    }
                }
                return raw;
            case JsonTokenType.StartArray:
                var list = new List<object>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (ReadValue(ref reader) is { } item)
                    {
                        list.Add(item);
                    }
                }
                return list;
            case JsonTokenType.String:
                return reader.GetString();
            default:
                return null;
        }
    }
}
