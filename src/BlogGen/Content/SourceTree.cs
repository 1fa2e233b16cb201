using BlogGen.Diagnostics;

namespace BlogGen.Content;

/// <summary>The source folder sorted into what each file is for. Pages and static files are told apart later, by their first bytes.</summary>
public sealed record SourceTree(
    IReadOnlyList<SourceFile> Posts,
    IReadOnlyList<SourceFile> Drafts,
    IReadOnlyList<SourceFile> Others,
    IReadOnlyList<SourceFile> Layouts,
    IReadOnlyList<SourceFile> Includes,
    string DataDirectory,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The files in the folders of the site's collections (<c>_projects/</c>...), in ordinal path order.</summary>
    public IReadOnlyList<SourceFile> Items { get; init; } = [];
}
