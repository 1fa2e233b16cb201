namespace BlogGen.Generators;

/// <summary>A comments service whose official embed script the post layout can show.</summary>
/// <param name="Name">The <c>comments.provider</c> value, also the key of its settings map.</param>
/// <param name="ScriptUrl">The provider's client script.</param>
/// <param name="Required">Settings the embed cannot work without.</param>
/// <param name="Defaults">Settings with the value used when not configured, in the order the attributes are written.</param>
/// <param name="AttributePrefix">Put before each setting name (underscores become hyphens) to make its attribute name.</param>
public sealed record CommentsProvider(
    string Name,
    string ScriptUrl,
    IReadOnlyList<string> Required,
    IReadOnlyList<(string Key, string? Default)> Defaults,
    string AttributePrefix)
{
    public static CommentsProvider Giscus { get; } = new("giscus", "https://giscus.app/client.js",
        ["repo", "repo_id", "category", "category_id"],
        [
            ("mapping", "pathname"), ("term", null), ("strict", "0"), ("reactions_enabled", "1"), ("emit_metadata", "0"),
            ("input_position", "bottom"), ("theme", "preferred_color_scheme"), ("lang", null), ("loading", null),
        ],
        "data-");

    public static CommentsProvider Utterances { get; } = new("utterances", "https://utteranc.es/client.js",
        ["repo"],
        [("issue_term", "pathname"), ("issue_number", null), ("label", null), ("theme", "preferred-color-scheme")],
        "");

    public static IReadOnlyList<CommentsProvider> All { get; } = [Giscus, Utterances];

    /// <summary>Every setting the provider reads, in attribute order.</summary>
    public IEnumerable<string> Keys => Required.Concat(Defaults.Select(d => d.Key));
}
