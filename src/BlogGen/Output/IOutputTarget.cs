namespace BlogGen.Output;

/// <summary>Where a build puts its files: the destination folder, or memory for the preview server.</summary>
internal interface IOutputTarget
{
    /// <summary>True when the target holds, at <paramref name="relativePath"/>, bytes with this XxHash128: a kept page needs no write.</summary>
    bool Holds(string relativePath, UInt128 hash);

    /// <param name="files">The whole site, each path once.</param>
    WriteResult Write(IReadOnlyList<OutputFile> files, IReadOnlyList<string> keepFiles);
}
