using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

using BlogGen.Generators.Search;

namespace BlogGen.Generators;

/// <summary>
/// JSON as BlogGen writes it into files and pages: CJK as it is (a third of the size of \uXXXX escapes), while
/// '&lt;', '&gt;', '&amp;' and quotes are still escaped, so no value can close a script element. The types written are
/// known when compiling (source-generated), which a native build needs.
/// </summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = Create();

    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = GeneratedJson.Default,
        };
        options.MakeReadOnly();
        return options;
    }
}

[JsonSerializable(typeof(SearchPost))]
internal sealed partial class GeneratedJson : JsonSerializerContext;
