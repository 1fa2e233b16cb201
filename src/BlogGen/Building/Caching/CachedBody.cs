namespace BlogGen.Building.Caching;

/// <summary>A converted body and the link lookups it depended on.</summary>
internal sealed record CachedBody(ConvertedBody Body, IReadOnlyList<ResolvedLink> Links);
