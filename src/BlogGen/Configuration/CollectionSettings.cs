namespace BlogGen.Configuration;

/// <summary>
/// One collection of <c>collections:</c> in <c>_config.yml</c>, as Jekyll reads it: its documents live in <c>_LABEL/</c>,
/// are listed as <c>site.LABEL</c>, and get pages of their own when <see cref="Output"/> is true.
/// </summary>
/// <param name="Label">The name, e.g. <c>projects</c>; never <c>posts</c>, which is BlogGen's posts.</param>
/// <param name="Permalink">The URL pattern of its documents; null for Jekyll's default, <c>/:collection/:path</c> with the site's style.</param>
/// <param name="Metadata">Every key given under the label, for <c>site.collections</c>.</param>
public sealed record CollectionSettings(string Label, bool Output, string? Permalink, IReadOnlyDictionary<string, object?> Metadata)
{
    /// <summary>The folder of its documents, relative to the source: <c>_projects</c>.</summary>
    public string Folder => "_" + Label;
}
