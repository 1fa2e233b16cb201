using System.Collections;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

using BlogGen.Templating;

using Scriban.Runtime;

namespace BlogGen.Building.Caching;

/// <summary>
/// A 128-bit hash of values appended in order, each tagged with its kind and length, so that
/// ("ab", "c") and ("a", "bc") differ. Dictionaries are hashed in ordinal key order, so equal maps hash equal.
/// </summary>
/// <param name="nested">
/// Hashes of objects inside the values, by reference, filled as they are met: an object shared by many values
/// (a tag's post list on each of its pages) is walked once. Only for objects that do not change while it is in use.
/// </param>
internal sealed class ContentHash(RetainedEntries<ScriptObject, UInt128>? nested = null)
{
    private readonly XxHash128 _hash = new();

    public UInt128 Value => _hash.GetCurrentHashAsUInt128();

    public ContentHash Add(string? text)
    {
        if (text is null)
        {
            return Tag('n');
        }
        Tag('s').Add((long)text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public ContentHash Add(long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BitConverter.TryWriteBytes(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    public ContentHash Add(UInt128 value) => Add((long)(ulong)(value >> 64)).Add((long)(ulong)value);

    /// <summary>A parsed YAML/config value: maps, lists and scalars, recursively.</summary>
    public ContentHash AddValue(object? value)
    {
        switch (value)
        {
            case null:
                return Tag('n');
            case string text:
                return Add(text);
            case bool flag:
                return Tag(flag ? 't' : 'f');
            case DateTimeOffset instant:
                return Tag('d').Add(instant.UtcTicks).Add((long)instant.Offset.TotalMinutes);
            case PageObject page:
                // Another document's page: named, not walked. Whoever reads it depends on it by name (see LayoutStage).
                return Tag('p').Add(page.Identity);
            case ScriptObject members when nested is not null:
                return Tag('h').Add(nested.ReuseOrAdd(members, inner => new ContentHash(nested).AddMembers(inner).Value));
            case ScriptObject members:
                return AddMembers(members);
            case IReadOnlyDictionary<string, object?> map:
                Tag('m').Add((long)map.Count);
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    Add(key).AddValue(map[key]);
                }
                return this;
            case IEnumerable items:
                Tag('l');
                foreach (var item in items)
                {
                    AddValue(item);
                }
                return Tag(']');
            case IFormattable number:
                return Tag('#').Add(number.ToString(null, CultureInfo.InvariantCulture));
            default:
                return Tag('?').Add(value.ToString());
        }
    }

    /// <summary>The members of a template object, in ordinal order; for a page object, its own data rather than its name.</summary>
    public ContentHash AddMembers(ScriptObject members)
    {
        Tag('o').Add((long)members.Count);
        var keys = new string[members.Count];
        members.Keys.CopyTo(keys, 0);
        Array.Sort(keys, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            Add(key).AddValue(members[key]);
        }
        return this;
    }

    private ContentHash Tag(char kind)
    {
        Span<byte> bytes = [(byte)kind];
        _hash.Append(bytes);
        return this;
    }
}
