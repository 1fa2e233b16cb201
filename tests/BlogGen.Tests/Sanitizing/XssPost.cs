namespace BlogGen.Tests.Sanitizing;

/// <summary>How a post of the XSS fixture site carries its vectors.</summary>
public enum XssPostKind
{
    /// <summary>An .html post: the sanitizer gets the vectors as written.</summary>
    Html,
    /// <summary>A .txt post as mirrored articles come: Markdown whose raw HTML Markdig passes on to the sanitizer.</summary>
    Mirrored,
    /// <summary>A .md post of Markdown syntax only: the Markdown URL check is all that guards it.</summary>
    Markdown,
}

/// <summary>One post of the XSS fixture site.</summary>
/// <param name="Name">Unique, e.g. <c>html-svg-1</c>.</param>
/// <param name="OutputPath">The built page, relative to the output folder.</param>
/// <param name="Vectors">The vectors it holds, in order, each between its markers.</param>
public sealed record XssPost(string Name, XssPostKind Kind, string OutputPath, IReadOnlyList<XssVector> Vectors)
{
    /// <summary>The page's path on the server, base URL included.</summary>
    public string UrlPath => $"{XssSite.BaseUrl}/xss/{Name}/";
}
