using System.Globalization;

using Scriban.Runtime;

namespace BlogGen.Generators;

/// <summary>
/// The archive at <c>/archive/</c> with the <c>archive</c> layout: <c>page.years</c>, each with <c>months</c> and their posts,
/// newest first. A site page of its own at <c>/archive/</c> wins; a site without posts (such as a guide) gets none.
/// </summary>
public sealed class ArchiveGenerator : ISiteGenerator
{
    public const string Url = "/archive/";

    public GeneratorResult Generate(SiteSnapshot site)
    {
        if (site.Posts.Count == 0 || site.Pages.Any(p => p.Document.Url == Url))
        {
            return GeneratorResult.Of([]);
        }
        var pageOf = site.Posts.ToDictionary(p => p.Document, p => p.Page);
        var years = new ScriptArray();
        foreach (var year in ArchiveGrouping.Group([.. site.Posts.Select(p => p.Document)]))
        {
            var months = new ScriptArray();
            foreach (var month in year.Months)
            {
                var posts = new ScriptArray();
                foreach (var post in month.Posts)
                {
                    posts.Add(pageOf[post]);
                }
                months.Add(new ScriptObject
                {
                    ["year"] = month.Year,
                    ["month"] = month.Month,
                    ["name"] = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Month),
                    ["count"] = month.Posts.Count,
                    ["posts"] = posts,
                });
            }
            years.Add(new ScriptObject { ["year"] = year.Year, ["count"] = year.Count, ["months"] = months });
        }
        var page = new ScriptObject
        {
            ["title"] = "Archive",
            ["url"] = Url,
            ["layout"] = "archive",
            ["years"] = years,
            ["tags"] = new ScriptArray(),
            ["categories"] = new ScriptArray(),
            ["content"] = "",
            ["excerpt"] = "",
        };
        return GeneratorResult.Of([new GeneratedPage(Url, "archive", page, null, "(archive)")]);
    }
}
