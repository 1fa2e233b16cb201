namespace BlogGen.Checking;

public enum LinkKind
{
    /// <summary>Another site, or a scheme such as <c>mailto:</c>: not checked (nothing is fetched).</summary>
    External,
    Internal,
    /// <summary>A path on the site's host that is not under the base URL, so the mounted site cannot answer it.</summary>
    OutsideBaseUrl,
    /// <summary>Not a URL at all.</summary>
    Invalid,
}
