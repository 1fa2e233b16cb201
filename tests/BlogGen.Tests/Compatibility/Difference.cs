namespace BlogGen.Tests.Compatibility;

/// <summary>One thing a reader would see differently; the values are Jekyll's and BlogGen's (<c>written</c> or empty for a file).</summary>
public sealed record Difference(string Url, string Aspect, string Jekyll, string BlogGen)
{
    /// <summary>The page, the aspect, and both values from a little before where they first differ.</summary>
    public override string ToString()
    {
        var at = 0;
        while (at < Jekyll.Length && at < BlogGen.Length && Jekyll[at] == BlogGen[at])
        {
            at++;
        }
        var from = Math.Max(0, at - 40);
        return $"{Url} {Aspect} (from character {from}):\n  Jekyll:  {Part(Jekyll)}\n  BlogGen: {Part(BlogGen)}";

        string Part(string value) => from >= value.Length ? "(ends)" : value.Substring(from, Math.Min(160, value.Length - from));
    }
}
