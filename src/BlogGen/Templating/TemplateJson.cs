using System.Buffers;
using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>
/// The <c>jsonify</c> filter's writer: walks a template value (maps, lists, page objects, strings, numbers, booleans,
/// dates) and writes it with a <see cref="Utf8JsonWriter"/>, so no type is looked at through reflection and the native
/// executable writes what the .NET one does. Escaping is System.Text.Json's default, as Jekyll sites have had it:
/// everything outside ASCII, and <c>&lt; &gt; &amp; ' " +</c>, as <c>\uXXXX</c>, so the text is safe inside a
/// <c>&lt;script&gt;</c> element.
/// </summary>
internal static class TemplateJson
{
    /// <summary>Deeper than any site's data: a map that contains itself fails here instead of overflowing the stack.</summary>
    private const int MaxDepth = 64;

    /// <summary>Fields left out of a page object nested in another (Jekyll does the same): neighbours point back, so they would never end.</summary>
    private static readonly FrozenSet<string> NestedPageOmits = new[] { "content", "excerpt", "next", "previous", "related" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The JSON text of <paramref name="value"/>; each page object written is recorded as read in <paramref name="scope"/>.</summary>
    public static string Write(object? value, RenderScope scope)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = MaxDepth }))
        {
            WriteValue(writer, value, scope, nested: false);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, RenderScope scope, bool nested)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case PageObject page:
                scope.Reads?.Read(page);
                WriteObject(writer, page.Visible(scope).Where(pair => !nested || !NestedPageOmits.Contains(pair.Key)), scope, nested: true);
                break;
            case ScriptObject map:
                WriteObject(writer, map, scope, nested);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool boolean:
                writer.WriteBooleanValue(boolean);
                break;
            case DateTimeOffset date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + Strftime.Offset(date.Offset, colon: true));
                break;
            case DateTime date:
                writer.WriteStringValue(date);
                break;
            case TimeSpan span:
                writer.WriteStringValue(span.ToString("c", CultureInfo.InvariantCulture));
                break;
            case char character:
                writer.WriteStringValue([character]);
                break;
            case int or long or short or sbyte or byte or ushort or uint or ulong or decimal or BigInteger:
                writer.WriteRawValue(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case float number when float.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case double or float:
                throw new ArgumentException($"jsonify: {Convert.ToString(value, CultureInfo.InvariantCulture)} is not a number JSON can hold");
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item, scope, nested);
                }
                writer.WriteEndArray();
                break;
            default:
                var kind = value is IScriptCustomFunction ? "function" : value.GetType().Name;
                throw new ArgumentException($"jsonify: a {kind} has no JSON form; give it text, a number, a boolean, a date, a list or a map");
        }
    }

    private static void WriteObject<TValue>(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, TValue>> members, RenderScope scope, bool nested)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in members)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item, scope, nested);
        }
        writer.WriteEndObject();
    }
}
