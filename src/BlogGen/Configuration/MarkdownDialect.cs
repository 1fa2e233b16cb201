namespace BlogGen.Configuration;

/// <summary>Which Markdown a site's bodies are written in: how they turn into HTML.</summary>
public enum MarkdownDialect
{
    /// <summary>BlogGen's own: CommonMark, the GitHub set, CJK-keeping heading ids, <c>hl-*</c> highlighting classes.</summary>
    BlogGen,

    /// <summary>kramdown as Jekyll runs it: typographic quotes, attribute lists, <c>{:toc}</c>, math, Rouge's markup.</summary>
    Kramdown,
}
