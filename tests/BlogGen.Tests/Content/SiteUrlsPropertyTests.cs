using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Templating;

using CsCheck;

namespace BlogGen.Tests.Content;

/// <summary>Properties of <c>relative_url</c> and <c>absolute_url</c>: site paths joined to the base URL and percent-encoded.</summary>
public class SiteUrlsPropertyTests
{
    private const int Iterations = 5_000;

    private static readonly Gen<string> Word = Gen.OneOf<string>("blog", "notes", "a b", "日本", "経済", "𠮷", "é", "x-y", "v1.0", "~me", "(1)", "&", "+", "=", "@", "'")
        .Array[1, 3].Select(parts => string.Concat(parts));

    /// <summary>A <c>baseurl</c> as users write it, then normalized as the configuration loader does.</summary>
    private static readonly Gen<string> BaseUrl = Gen.OneOf(
        Gen.Const(""),
        Gen.OneOf(Word, Gen.OneOf<string>("", " ", "/", "//")).Array[1, 4].Select(parts => string.Join('/', parts)))
        .Select(ConfigLoader.NormalizeBaseUrl);

    private static readonly Gen<string> SiteUrl = Gen.OneOf<string>("", "https://example.org", "http://localhost:4000", "https://例え.jp");

    /// <summary>A site path: a URL as documents have it, with or without its leading and trailing '/'.</summary>
    private static readonly Gen<string> SitePath = Gen.Select(Gen.Bool, Word.Array[0, 4], Gen.Bool,
        (leading, words, trailing) => (leading ? "/" : "") + string.Join('/', words) + (trailing && words.Length > 0 ? "/" : ""));

    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        Gen.OneOf<string>("/", "a", "日本", "🎉", " ", "%", "%41", "%E6%97%A5", "?", "#", ":", "\"", "<", "\uD800").Array[0, 10].Select(parts => string.Concat(parts)));

    [Fact]
    public void ALinkStartsWithTheBaseUrlAndHasNoDoubleSlash() =>
        Gen.Select(SiteUrl, BaseUrl, SitePath).Sample((url, baseUrl, path) =>
        {
            var urls = new SiteUrls(url, baseUrl);
            var relative = urls.Relative(path);
            var absolute = urls.Absolute(path);

            Assert.StartsWith(UrlPath.Encode(baseUrl), relative, StringComparison.Ordinal);
            Assert.True(relative == UrlPath.Encode(baseUrl) || relative.StartsWith(UrlPath.Encode(baseUrl) + "/", StringComparison.Ordinal), relative);
            Assert.DoesNotContain("//", relative, StringComparison.Ordinal);
            Assert.Equal(url + relative, absolute);
            Assert.DoesNotContain("//", absolute[(url.Length == 0 ? 0 : url.IndexOf("://", StringComparison.Ordinal) + 3)..], StringComparison.Ordinal);
        }, iter: Iterations);

    [Fact]
    public void AJoinedLinkIsKnownToBeUnderTheBaseUrl() =>
        Gen.Select(BaseUrl, SitePath).Sample((baseUrl, path) =>
        {
            var urls = new SiteUrls("", baseUrl);

            Assert.True(urls.IsUnderBaseUrl(urls.Relative(path)), urls.Relative(path));
        }, iter: Iterations);

    [Fact]
    public void EncodingTwiceChangesNothing() =>
        AnyText.Sample(text => Assert.Equal(UrlPath.Encode(text), UrlPath.Encode(UrlPath.Encode(text))), iter: Iterations);

    [Fact]
    public void EncodingRoundTripsThroughDecoding() =>
        AnyText.Where(text => !text.Contains('%', StringComparison.Ordinal) && text.EnumerateRunes().All(r => r != System.Text.Rune.ReplacementChar))
            .Sample(text => Assert.Equal(text, Uri.UnescapeDataString(UrlPath.Encode(text))), iter: Iterations);

    [Fact]
    public void APostLinkLeadsBrowsersToThePostUrl() =>
        Gen.Select(BaseUrl, AnyText, AnyText.Array[0, 3]).Sample((baseUrl, title, categories) =>
        {
            var placeholders = PermalinkBuilder.PostPlaceholders(new DateTimeOffset(2025, 2, 13, 0, 0, 0, TimeSpan.Zero),
                Slugifier.Slugify(title, SlugMode.Pretty), Slugifier.Slugify(title), [.. categories.Select(c => c.Trim()).Where(c => c.Length > 0)], ".html");
            if (!UrlPath.TryNormalize(PermalinkBuilder.Build(PermalinkStyles.Expand("pretty"), placeholders), out var postUrl, out _))
            {
                return;
            }

            var link = new Uri(new Uri("https://example.org"), new SiteUrls("https://example.org", baseUrl).Relative(postUrl));

            Assert.Equal((baseUrl + postUrl, "", ""), (Uri.UnescapeDataString(link.AbsolutePath), link.Query, link.Fragment));
        }, iter: Iterations);
}
