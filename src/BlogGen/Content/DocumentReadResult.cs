using BlogGen.Diagnostics;

namespace BlogGen.Content;

/// <param name="Document">The document, or null when the file is static, left out, or broken.</param>
/// <param name="IsStatic">The file has no front matter: copy it as it is.</param>
/// <param name="LeftOut">Unpublished, or dated in the future without --future: not an error, not in the site.</param>
public sealed record DocumentReadResult(Document? Document, bool IsStatic, bool LeftOut, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The date of a post left out, or of a collection's document not written, for being in the future: from then on, a
    /// build shows it.
    /// </summary>
    public DateTimeOffset? HeldBackUntil { get; init; }

    public static DocumentReadResult Static { get; } = new(null, true, false, []);
}
