namespace BlogGen.Tests.Compatibility;

/// <summary>A difference the tables expect: in one fixture, on one page (or every page, <c>*</c>), in one aspect, and why.</summary>
public sealed record ListedDifference(string Fixture, string Url, string Aspect, string Reason)
{
    public bool Covers(string fixture, Difference difference) =>
        Fixture == fixture && (Url == "*" || Url == difference.Url) && Aspect == difference.Aspect;
}
