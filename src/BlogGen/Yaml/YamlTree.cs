using BlogGen.Diagnostics;

namespace BlogGen.Yaml;

/// <summary>What <see cref="YamlTreeReader"/> read: the root value (null when empty or on error), and where the root starts.</summary>
/// <param name="RootLine">The 1-based line of the root value, with the caller's line offset applied.</param>
internal sealed record YamlTree(object? Value, int RootLine, IReadOnlyList<Diagnostic> Diagnostics);
