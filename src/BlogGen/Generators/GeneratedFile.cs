namespace BlogGen.Generators;

/// <summary>A file a generator makes whole (a feed, a sitemap, a redirect page): written as it is, not through layouts.</summary>
/// <param name="RelativePath">Relative to the destination, '/' separators.</param>
public sealed record GeneratedFile(string RelativePath, byte[] Bytes);
