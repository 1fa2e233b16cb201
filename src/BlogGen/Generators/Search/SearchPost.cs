using System.Text.Json.Serialization;

namespace BlogGen.Generators.Search;

/// <summary>One post's file in the search index (<see cref="SearchIndex.PostPath"/>): what a result shows.</summary>
/// <param name="Url">With the baseurl, percent-encoded: ready for an <c>href</c>.</param>
/// <param name="Date">ISO 8601 with the site's offset, e.g. <c>2025-02-13T07:55:52+08:00</c>.</param>
/// <param name="Text">The body as plain text, at most <see cref="SearchIndex.TextLimit"/> characters: what is indexed, and where snippets come from.</param>
public sealed record SearchPost(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("text")] string Text);
