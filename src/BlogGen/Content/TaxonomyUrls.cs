using BlogGen.Content;
using BlogGen.Diagnostics;

namespace BlogGen.Content;

/// <summary>
/// Where tag and category pages live: <c>/TAG_DIR/SLUG/</c> with the slug from <see cref="Slugifier.Slugify"/>, so CJK names
/// stay readable. Shared by the generators that write the pages and the filters that link to them.
/// </summary>
/// <param name="TagDirectory">Site-relative folder without leading or trailing '/', e.g. <c>tags</c> or <c>blog/tags</c>.</param>
public sealed record TaxonomyUrls(string TagDirectory, string CategoryDirectory)
{
    public const string TagDirectoryKey = "tag_dir";
    public const string CategoryDirectoryKey = "category_dir";
    public const string DefaultTagDirectory = "tags";
    public const string DefaultCategoryDirectory = "categories";

    /// <summary>The configured folders; a missing or unusable value falls back to the default (<see cref="Check"/> reports it).</summary>
    public static TaxonomyUrls FromConfig(IReadOnlyDictionary<string, object?> values) => new(
        TryDirectory(values.GetValueOrDefault(TagDirectoryKey), out var tags) ? tags : DefaultTagDirectory,
        TryDirectory(values.GetValueOrDefault(CategoryDirectoryKey), out var categories) ? categories : DefaultCategoryDirectory);

    public static IReadOnlyList<Diagnostic> Check(IReadOnlyDictionary<string, object?> values, string configPath) =>
        [.. new[] { (TagDirectoryKey, DefaultTagDirectory), (CategoryDirectoryKey, DefaultCategoryDirectory) }
            .Where(key => values.TryGetValue(key.Item1, out var value) && !TryDirectory(value, out _))
            .Select(key => Diagnostic.Warning(DiagnosticCodes.TaxonomyDirectoryInvalid, configPath,
                $"{key.Item1}: '{values[key.Item1]}' is not a folder inside the site, so '{key.Item2}' is used: give a folder name such as {key.Item2} or blog/{key.Item2}"))];

    /// <summary>The tag's page, site-relative without baseurl; null when the name has nothing to make a slug from.</summary>
    public string? TagUrl(string name) => TermUrl(TagDirectory, name);

    public string? CategoryUrl(string name) => TermUrl(CategoryDirectory, name);

    public string TagIndexUrl => "/" + TagDirectory + "/";

    public string CategoryIndexUrl => "/" + CategoryDirectory + "/";

    public static string? TermUrl(string directory, string name)
    {
        var slug = Slugifier.Slugify(name);
        return HasPage(slug) ? "/" + directory + "/" + slug + "/" : null;
    }

    /// <summary>A slug makes a page when it is not empty and fits in a folder name on every file system.</summary>
    public static bool HasPage(string slug) => slug.Length > 0 && !UrlPath.IsTooLongForFileSystems(slug);

    private static bool TryDirectory(object? value, out string directory)
    {
        directory = "";
        if (value is not string text || text.Trim('/').Length == 0 || !UrlPath.TryNormalize(text, out var normalized, out _))
        {
            return false;
        }
        directory = normalized.Trim('/');
        return true;
    }
}
