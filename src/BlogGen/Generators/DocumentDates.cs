using System.Collections.Immutable;

using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>When a document was last changed: front matter <c>last_modified_at</c> or <c>updated</c> (as jekyll-feed and jekyll-seo-tag read them), else its date.</summary>
public static class DocumentDates
{
    private static readonly ImmutableArray<string> ModifiedKeys = ["last_modified_at", "updated"];

    public static DateTimeOffset? LastModified(Document document, TimeZoneInfo timeZone)
    {
        foreach (var key in ModifiedKeys)
        {
            if (document.FrontMatter.TryGetValue(key, out var value) && PostDates.TryResolve(value, timeZone, out var instant))
            {
                return PostDates.ToSiteTime(instant, timeZone);
            }
        }
        return document.Date;
    }
}
