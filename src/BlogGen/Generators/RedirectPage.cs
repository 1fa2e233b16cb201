using System.Net;
using System.Text;

namespace BlogGen.Generators;

/// <summary>jekyll-redirect-from's redirect page, without its script: a meta refresh, a canonical link and a plain link.</summary>
public static class RedirectPage
{
    public static byte[] Html(string target, string lang)
    {
        var href = WebUtility.HtmlEncode(target);
        var html = $"""
            <!doctype html>
            <html lang="{WebUtility.HtmlEncode(lang)}">
            <head>
            <meta charset="utf-8">
            <title>Redirecting…</title>
            <link rel="canonical" href="{href}">
            <meta http-equiv="refresh" content="0; url={href}">
            <meta name="robots" content="noindex">
            </head>
            <body>
            <h1>Redirecting…</h1>
            <p><a href="{href}">Click here if you are not redirected.</a></p>
            </body>
            </html>

            """;
        return Encoding.UTF8.GetBytes(html);
    }
}
