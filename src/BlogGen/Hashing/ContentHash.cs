using System.Collections;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace BlogGen.Hashing;

/// <summary>
/// A 128-bit hash of values appended in order, each tagged with its kind and length, so that
/// ("ab", "c") and ("a", "bc") differ. Dictionaries are hashed in ordinal key order, so equal maps hash equal.
/// </summary>
internal class ContentHash
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
    public ContentHash AddValue(object? value) => value switch
    {
        null => Tag('n'),
        string text => Add(text),
        bool flag => Tag(flag ? 't' : 'f'),
        DateTimeOffset instant => Tag('d').Add(instant.UtcTicks).Add((long)instant.Offset.TotalMinutes),
        _ => AddObject(value),
    };

    /// <summary>
    /// Maps, lists and anything else that is not a scalar. A derived hash takes its own kinds of objects here first,
    /// before they would be walked as plain maps or lists.
    /// </summary>
    protected virtual ContentHash AddObject(object value)
    {
        switch (value)
        {
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

    /// <summary>Appends a one-character kind, so that values of different kinds never hash alike.</summary>
    protected ContentHash Tag(char kind)
    {
        Span<byte> bytes = [(byte)kind];
        _hash.Append(bytes);
        return this;
    }
}
