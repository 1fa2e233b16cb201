using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace BlogGen.Generators.Seo;

/// <summary>schema.org data as JSON that can sit inside <c>&lt;script type="application/ld+json"&gt;</c>.</summary>
public static class JsonLd
{
    public static string Serialize(JsonObject data) => data.ToJsonString(JsonOutput.Options);

    /// <summary>Adds the property only when it has a value: schema.org consumers prefer a missing field to an empty one.</summary>
    public static JsonObject With(this JsonObject data, string name, JsonNode? value)
    {
        if (value is not null && !(value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0))
        {
            data[name] = value;
        }
        return data;
    }
}
