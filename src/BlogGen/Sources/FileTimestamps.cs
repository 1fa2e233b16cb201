namespace BlogGen.Sources;

/// <summary>
/// When a file's size and modification time can stand for its content. As git does for its index, a file modified
/// within <see cref="Resolution"/> before it was looked at is not trusted: a second change in the same timestamp step,
/// keeping the size, would go unseen.
/// </summary>
public static class FileTimestamps
{
    /// <summary>The coarsest modification-time step of common file systems (FAT's).</summary>
    public static readonly TimeSpan Resolution = TimeSpan.FromSeconds(2);

    /// <summary>True when a file last written at <paramref name="lastWriteUtc"/> and looked at at <paramref name="lookedAtUtc"/> cannot change unseen.</summary>
    public static bool Settled(DateTime lastWriteUtc, DateTime lookedAtUtc) => lastWriteUtc + Resolution < lookedAtUtc;
}
