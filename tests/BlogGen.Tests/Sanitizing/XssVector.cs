namespace BlogGen.Tests.Sanitizing;

/// <summary>One entry of tests/fixtures/xss/vectors.txt with its placeholders expanded.</summary>
/// <param name="Id">Four digits, unique. A vector that runs reports it: <c>alert(ID)</c>, <c>window.__pwned=ID</c>, a request to <c>/__xss/ID</c>.</param>
/// <param name="Class">The <c>[class]</c> it is listed under.</param>
/// <param name="IsMarkdown">Markdown syntax without raw HTML (tried in a .md post) rather than raw HTML (tried in an .html and a mirrored .txt post).</param>
/// <param name="Text">The vector exactly as a post holds it.</param>
public sealed record XssVector(string Id, string Class, bool IsMarkdown, string Text)
{
    /// <summary>Text written just before the vector, which must still be in the article after sanitizing.</summary>
    public string BeforeMarker => "before-" + Id;

    /// <summary>Text written just after the vector, which must still be in the article after sanitizing.</summary>
    public string AfterMarker => "after-" + Id;

    public override string ToString() => $"{Id} [{Class}]";
}
