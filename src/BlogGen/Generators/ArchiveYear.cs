namespace BlogGen.Generators;

/// <param name="Months">Newest first.</param>
public sealed record ArchiveYear(int Year, IReadOnlyList<ArchiveMonth> Months)
{
    public int Count => Months.Sum(m => m.Posts.Count);
}
