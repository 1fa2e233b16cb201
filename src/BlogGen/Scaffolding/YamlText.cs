namespace BlogGen.Scaffolding;

internal static class YamlText
{
    /// <summary>A double-quoted YAML scalar holding <paramref name="value"/> exactly.</summary>
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
