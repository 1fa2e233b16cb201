namespace BlogGen.Scaffolding;

/// <summary>The codes <c>bloggen new</c> reports (BG6010–BG6019), beside the scaffolder until they join <see cref="Diagnostics.DiagnosticCodes"/>.</summary>
public static class ScaffoldCodes
{
    public const string FolderNotEmpty = "BG6010";
    public const string FileExists = "BG6011";
    public const string SlugEmpty = "BG6012";
    public const string WriteFailed = "BG6013";
}
