namespace BlogGen.Output;

/// <summary>Where a build puts its files: the destination folder, or memory for the preview server.</summary>
internal interface IOutputTarget
{
    /// <summary>True when the target holds, at <paramref name="relativePath"/>, bytes with this XxHash128: a kept page needs no write.</summary>
    /// <param name="seenBefore">What an earlier check saw of the file, to trust instead of reading it while it still matches.</param>
    /// <param name="seenNow">What this check saw, to give as <paramref name="seenBefore"/> next time; null when there is nothing to trust.</param>
    bool Holds(string relativePath, UInt128 hash, OutputStamp? seenBefore, out OutputStamp? seenNow);

    /// <summary>
    /// Takes a page as soon as it is rendered, before the rest of the site is made: what to hand to
    /// <see cref="Write"/> for it. Only one page of a path is taken: of two on one path the writer keeps the first.
    /// Thread-safe.
    /// </summary>
    OutputFile Take(string relativePath, byte[] content);

    /// <param name="files">The whole site, each path once.</param>
    WriteResult Write(IReadOnlyList<OutputFile> files, IReadOnlyList<string> keepFiles);
}
