using BlogGen.Diagnostics;

namespace BlogGen.Yaml;

/// <summary>A YAML map read into typed values. <see cref="Values"/> is empty when there is an error.</summary>
public sealed record YamlMappingResult(IReadOnlyDictionary<string, object?> Values, IReadOnlyList<Diagnostic> Diagnostics);
