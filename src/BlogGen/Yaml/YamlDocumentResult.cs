using BlogGen.Diagnostics;

namespace BlogGen.Yaml;

/// <summary>A YAML document of any shape read into typed values. <see cref="Value"/> is null when there is an error.</summary>
public sealed record YamlDocumentResult(object? Value, IReadOnlyList<Diagnostic> Diagnostics);
