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
    IReadOnlyList<Diagnostic> Diagnostics);
