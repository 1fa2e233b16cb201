namespace BlogGen.Configuration;

/// <summary>One entry of Jekyll's <c>defaults:</c>: values applied to documents under <see cref="PathPrefix"/> of <see cref="Type"/>.</summary>
/// <param name="PathPrefix">Source-relative folder or file with '/' separators; empty applies everywhere. May hold '*' globs.</param>
/// <param name="Type">posts, pages, drafts, a collection's name, or null for every type.</param>
public sealed record FrontMatterDefault(string PathPrefix, string? Type, IReadOnlyDictionary<string, object?> Values);
