using System.Globalization;

using BlogGen.Content;
using BlogGen.Diagnostics;

namespace BlogGen.Generators;

/// <summary>
/// jekyll-redirect-from: <c>redirect_from:</c> (a path or a list) writes a redirect page at each old path pointing at the
/// document; <c>redirect_to:</c> makes the document itself a redirect page to the URL given.
/// </summary>
public sealed class RedirectGenerator : ISiteGenerator
{
    public GeneratorResult Generate(SiteSnapshot site)
    {
        var files = new List<GeneratedFile>();
        var replaces = new List<Document>();
        var diagnostics = new List<Diagnostic>();
        if (!site.Features.Redirects)
        {
            return new GeneratorResult([], files, replaces, diagnostics);
        }
        var redirecting = site.Posts.Concat(site.Pages).Concat(site.Items).Select(r => r.Document)
            .Where(d => d.FrontMatter.ContainsKey("redirect_to") || d.FrontMatter.ContainsKey("redirect_from"));
        foreach (var document in redirecting.OrderBy(d => d.Source.RelativePath, StringComparer.Ordinal))
        {
            if (document.FrontMatter.TryGetValue("redirect_to", out var redirectTo))
            {
                if (Target(site, redirectTo) is { } target)
                {
                    files.Add(new GeneratedFile(document.OutputPath, RedirectPage.Html(target, site.Config.Lang)));
                    replaces.Add(document);
                }
                else
                {
                    diagnostics.Add(Error(DiagnosticCodes.RedirectToInvalid, document, "redirect_to",
                        $"redirect_to '{Text(redirectTo)}' is not a web address: give a full http(s) URL or a path on this site starting with '/'"));
                }
            }
            var destination = site.Urls.Absolute(document.Url);
            foreach (var from in Paths(document.FrontMatter.GetValueOrDefault("redirect_from")))
            {
                if (UrlPath.TryNormalize(from, out var normalized, out var problem) && normalized != "/")
                {
                    files.Add(new GeneratedFile(UrlPath.ToOutputPath(normalized), RedirectPage.Html(destination, site.Config.Lang)));
                }
                else
                {
                    var reason = normalized == "/" ? "it is the home page" : problem;
                    diagnostics.Add(Error(DiagnosticCodes.RedirectFromInvalid, document, "redirect_from",
                        $"redirect_from '{from}' cannot be written: {reason}; give the old path on this site, e.g. /2020/01/old-name/"));
                }
            }
        }
        return new GeneratorResult([], files, replaces, diagnostics);
    }

    private static IEnumerable<string> Paths(object? value) => value switch
    {
        string path => [path],
        IEnumerable<object?> items => items.Where(i => i is not null).Select(Text),
        _ => [],
    };

    private static string? Target(SiteSnapshot site, object? value)
    {
        var text = (value is IEnumerable<object?> items ? items.FirstOrDefault() : value) is { } first ? Text(first).Trim() : "";
        if (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal))
        {
            return site.Urls.Absolute(text);
        }
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? text : null;
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static Diagnostic Error(string code, Document document, string key, string message)
    {
        return Diagnostic.Error(code, document.Source.RelativePath, message, FrontMatterKeyLine.Find(document.FrontMatterText, key));
    }
}
