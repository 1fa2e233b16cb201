using BlogGen.Output;

namespace BlogGen.Building.Caching;

/// <summary>
/// How a page was rendered last time: the hash of its own inputs, the hash of the bytes written, and what the templates
/// read besides: documents' page objects and <c>site</c> members, each with the hash it had.
/// </summary>
internal sealed record PageRender(UInt128 Key, UInt128 Output, IReadOnlyList<PageRead> Pages, IReadOnlyList<ReadValue> SiteMembers)
{
    /// <summary>
    /// The output file's size and time when a later build last found it holding <see cref="Output"/>; none until then
    /// (see <see cref="IOutputTarget.Holds"/>): the file is written while the cache is saved, so its time is not known yet.
    /// </summary>
    public OutputStamp? Seen { get; init; }
}

/// <summary>
/// A <c>site</c> member or a page object's member, and the hash of what it held. A value, not an object: a build of
/// 10,000 posts keeps some 700,000 of them until the cache is saved, and as objects they took 33 MB.
/// </summary>
internal readonly record struct ReadValue(string Name, UInt128 Hash);

/// <summary>
/// A document's page object a render read, by source path, with the hash of the whole object then, and the members
/// read; no members when the whole object was read (<c>jsonify</c>). While the object hashes the same, nothing of it
/// changed; when it does not, the render still holds while each member read hashes the same.
/// </summary>
internal sealed record PageRead(string Identity, UInt128 Hash, IReadOnlyList<ReadValue>? Members);
