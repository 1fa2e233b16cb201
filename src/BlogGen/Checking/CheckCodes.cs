namespace BlogGen.Checking;

/// <summary>
/// The codes <c>bloggen check</c> reports (the BG6xxx range). They live beside the checker until they join
/// <see cref="Diagnostics.DiagnosticCodes"/>; the numbers are stable either way.
/// </summary>
public static class CheckCodes
{
    public const string LinkTargetMissing = "BG6001";
    public const string FragmentMissing = "BG6002";
    public const string LinkOutsideBaseUrl = "BG6003";
    public const string LinkInvalid = "BG6004";
    public const string SiteNotBuilt = "BG6005";
}
