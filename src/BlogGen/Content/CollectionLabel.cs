namespace BlogGen.Content;

/// <summary>Where a collection's documents live: <c>_projects/a/b.md</c> is in <c>projects</c>, at <c>/a/b.md</c> within it.</summary>
public static class CollectionLabel
{
    /// <summary>The label of a document under <c>_LABEL/</c>, from its source-relative path.</summary>
    public static string Of(string relativePath) => relativePath[1..relativePath.IndexOf('/', StringComparison.Ordinal)];

    /// <summary>The path within the collection's folder, with a leading slash: <c>/a/b.md</c>.</summary>
    public static string PathWithin(string relativePath) => relativePath[relativePath.IndexOf('/', StringComparison.Ordinal)..];
}
