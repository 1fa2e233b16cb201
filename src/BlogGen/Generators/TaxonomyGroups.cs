using BlogGen.Diagnostics;

namespace BlogGen.Generators;

/// <param name="Terms">Sorted by name, case-insensitively (ordinal), then ordinally.</param>
public sealed record TaxonomyGroups(IReadOnlyList<TaxonomyTerm> Terms, IReadOnlyList<Diagnostic> Diagnostics);
