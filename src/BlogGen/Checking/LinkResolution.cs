namespace BlogGen.Checking;

/// <summary>What one link is: its kind, the decoded absolute path it asks for, and for internal links the file that answers.</summary>
public sealed record LinkResolution(LinkKind Kind, string Path, LinkTarget? Target)
{
    public static readonly LinkResolution External = new(LinkKind.External, "", null);

    public static readonly LinkResolution Invalid = new(LinkKind.Invalid, "", null);

    public static LinkResolution OutsideBaseUrl(string path) => new(LinkKind.OutsideBaseUrl, path, null);
}
