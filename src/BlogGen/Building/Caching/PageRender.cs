namespace BlogGen.Building.Caching;

/// <summary>
/// How a page was rendered last time: the hash of its own inputs, the hash of the bytes written, and what the templates
/// read besides: members of documents' page objects (named by source path and member, or by source path alone when the
/// whole object was read) and <c>site</c> members, each with the hash it had.
/// </summary>
internal sealed record PageRender(UInt128 Key, UInt128 Output, IReadOnlyList<ReadValue> Pages, IReadOnlyList<ReadValue> SiteMembers);

/// <summary>What was read (a page object, one of its members, or a <c>site</c> member), and the hash of what it held.</summary>
internal sealed record ReadValue(string Name, UInt128 Hash);
