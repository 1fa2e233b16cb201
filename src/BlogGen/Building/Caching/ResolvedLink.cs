namespace BlogGen.Building.Caching;

/// <summary>A link path in a body and the URL it resolved to, so a cached body is reused only while the link still resolves the same.</summary>
internal sealed record ResolvedLink(string Path, string? Url);
