using Scriban.Runtime;

namespace BlogGen.Generators;

/// <summary>A page a generator adds, rendered through <see cref="Layout"/> like any other; its body is <c>Page["content"]</c>.</summary>
/// <param name="Url">Site-relative, without baseurl.</param>
/// <param name="Origin">What asked for it, named in diagnostics: a source file or "(tag pages)".</param>
public sealed record GeneratedPage(string Url, string? Layout, ScriptObject Page, ScriptObject? Paginator, string Origin);
