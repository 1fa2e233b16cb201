namespace BlogGen.Building.Caching;

/// <summary>
/// How a page was rendered last time: the hash of its own inputs, the hash of the bytes written, and what the templates
/// read besides: other documents' page objects (by source path) and <c>site</c> members, each with the hash it had.
/// </summary>
internal sealed record PageRender(UInt128 Key, UInt128 Output, IReadOnlyList<ReadValue> Pages, IReadOnlyList<ReadValue> SiteMembers);

/// <summary>A page object's source path or a <c>site</c> member's name, and the hash of what it held.</summary>
internal sealed record ReadValue(string Name, UInt128 Hash);
