using BlogGen.Content;

using CsCheck;

namespace BlogGen.Tests.Content;

/// <summary>Properties of post URLs built as the reader builds them: from a pattern, the date, title, slug and categories.</summary>
public class PermalinkPropertyTests
{
    private const int Iterations = 5_000;

    private static readonly string Destination = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "bloggen-permalinks", "_site"));

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String,
        Gen.OneOf<string>(".", "..", "/", "\\", "\0", "\n", " ", "\u3000", "-", ":", "%", "%2e", "%2F", "%5C", "%00", "#", "?", "C#", "C++",
                "é", "日本", "経済", "𠮷", "🎉", "\uD800", "A", "z", "9", "~", "'", "&", "*", "\"", "<", ">", "|")
            .Array[0, 10].Select(parts => string.Concat(parts)));

    /// <summary>Categories as the reader gives them: trimmed, never empty.</summary>
    private static readonly Gen<string[]> Categories =
        Text.Select(text => text.Trim()).Where(text => text.Length > 0).Array[0, 3];

    private static readonly Gen<string> Style = Gen.OneOf<string>("date", "pretty", "ordinal", "weekdate", "none");

    private static readonly Gen<string> Pattern = Gen.OneOf(
        Style.Select(PermalinkStyles.Expand),
        Gen.OneOf<string>("/", ":year", ":month", ":day", ":i_day", ":short_year", ":y_day", ":week", ":short_day", ":title", ":slug",
                ":categories", ":output_ext", ":unknown", ":", "..", ".", "%2e", "%2E%2E", "\\", "C:", "a", "日本", "//", " ", "?", "#", "%00", "%", "\0", "~")
            .Array[0, 12].Select(parts => string.Concat(parts)));

    private static readonly Gen<DateTimeOffset> Date =
        Gen.DateTime[new DateTime(1, 1, 2), new DateTime(9999, 12, 30)].Select(date => new DateTimeOffset(date, TimeSpan.Zero));

    private static string Build(string pattern, DateTimeOffset date, string title, string slug, string[] categories) =>
        PermalinkBuilder.Build(pattern, PermalinkBuilder.PostPlaceholders(date, Slugifier.Slugify(title, SlugMode.Pretty),
            Slugifier.Slugify(slug, SlugMode.Default), categories, ".html"));

    [Fact]
    public void ANormalizedUrlIsCleanAndItsFileStaysInTheDestination() =>
        Gen.Select(Pattern, Date, Text, Text, Categories).Sample((pattern, date, title, slug, categories) =>
        {
            var built = Build(pattern, date, title, slug, categories);
            Assert.Equal(built, Build(pattern, date, title, slug, categories));
            if (!UrlPath.TryNormalize(built, out var url, out _))
            {
                return;
            }

            Assert.StartsWith("/", url, StringComparison.Ordinal);
            Assert.DoesNotContain("//", url, StringComparison.Ordinal);
            Assert.DoesNotContain('\\', url);
            Assert.DoesNotContain(url, char.IsControl);
            Assert.DoesNotContain(url.Split('/', StringSplitOptions.RemoveEmptyEntries), segment => segment.Trim('.').Length == 0);
            Assert.True(UrlPath.TryNormalize(url, out var again, out _) && again == url, $"'{url}' normalizes to '{again}'");

            var file = Path.GetFullPath(Path.Combine(Destination, UrlPath.ToOutputPath(url)));
            Assert.StartsWith(Destination + Path.DirectorySeparatorChar, file, StringComparison.Ordinal);
        }, iter: Iterations);

    private static readonly Gen<string> UrlLike = Gen.OneOf<string>("/", "/", "/", ".", "..", " ", "\u3000", "a", "b", "日本", "𠮷", "%", "%2e", "%25", ":", "\\", "\0", "\n", "-", "~", "?", "#", "\uD800")
        .Array[0, 30].Select(parts => string.Concat(parts));

    [Fact]
    public void TheQuickCheckAcceptsOnlyUrlsTheFullNormalizationLeavesAsTheyAre() =>
        Gen.OneOf(UrlLike, Gen.String).Sample(url =>
        {
            if (UrlPath.IsAlreadyNormal(url))
            {
                Assert.True(UrlPath.TryNormalizeFully(url, out var normalized, out var problem), $"'{url}': {problem}");
                Assert.Equal(url, normalized);
            }
        }, iter: Iterations * 4);

    [Theory]
    [InlineData("/")]
    [InlineData("/2025/02/13/x.html")]
    [InlineData("/tags/日本経済新聞/")]
    [InlineData("/a. b/")]
    public void TheQuickCheckAcceptsCommonUrls(string url) => Assert.True(UrlPath.IsAlreadyNormal(url));

    [Fact]
    public void ANamedStyleGivesAUsableUrlForAnyTitleSlugAndCategories() =>
        Gen.Select(Style, Date, Text, Text, Categories).Sample((style, date, title, slug, categories) =>
        {
            var built = Build(PermalinkStyles.Expand(style), date, title, slug, categories);

            Assert.True(UrlPath.TryNormalize(built, out _, out var problem), $"'{built}': {problem}");
        }, iter: Iterations);
}
