namespace BlogGen.Checking;

/// <summary>What the checker needs of one built HTML page: the URLs it links to and the anchors it offers.</summary>
/// <param name="Anchors">Every <c>id</c>, and every <c>name</c> of an <c>a</c> element.</param>
public sealed record ScannedPage(IReadOnlyList<PageLink> Links, IReadOnlySet<string> Anchors);
