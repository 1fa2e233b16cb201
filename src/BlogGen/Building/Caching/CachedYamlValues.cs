using BlogGen.Yaml;

namespace BlogGen.Building.Caching;

/// <summary>
/// Writes the values YAML is read into (see <see cref="YamlValueReader"/>) to a cache file and reads them back as the
/// same types, so a value read from the cache hashes and renders as the one parsed: text, booleans, whole numbers,
/// floating-point numbers (every bit), null, timestamps with their offset, lists, and maps in the order written.
/// </summary>
internal static class CachedYamlValues
{
    private enum Kind : byte
    {
        Null,
        Text,
        True,
        False,
        Integer,
        Number,
        Timestamp,
        List,
        Map,
    }

    public static void Write(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.Write((byte)Kind.Null);
                break;
            case string text:
                writer.Write((byte)Kind.Text);
                writer.Write(text);
                break;
            case bool flag:
                writer.Write((byte)(flag ? Kind.True : Kind.False));
                break;
            case long integer:
                writer.Write((byte)Kind.Integer);
                writer.Write(integer);
                break;
            case double number:
                writer.Write((byte)Kind.Number);
                writer.Write(number);
                break;
            case DateTimeOffset time:
                writer.Write((byte)Kind.Timestamp);
                writer.Write(time.Ticks);
                writer.Write(time.Offset.Ticks);
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.Write((byte)Kind.Map);
                writer.Write7BitEncodedInt(map.Count);
                foreach (var (key, item) in map)
                {
                    writer.Write(key);
                    Write(writer, item);
                }
                break;
            case IReadOnlyList<object?> list:
                writer.Write((byte)Kind.List);
                writer.Write7BitEncodedInt(list.Count);
                foreach (var item in list)
                {
                    Write(writer, item);
                }
                break;
            default:
                throw new ArgumentException($"YAML is never read into a {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>A map written by <see cref="Write"/>, as <see cref="YamlValueReader.ReadMapping"/> gives it.</summary>
    public static IReadOnlyDictionary<string, object?> ReadMap(BinaryReader reader) =>
        Read(reader, 0) as IReadOnlyDictionary<string, object?> ?? throw new FormatException("front matter that is not a map");

    /// <param name="depth">How deep in lists and maps: a damaged file must not nest deeper than YAML is ever read.</param>
    private static object? Read(BinaryReader reader, int depth)
    {
        if (depth > YamlTreeReader.MaxDepth)
        {
            throw new FormatException("values nested deeper than YAML is read");
        }
        switch ((Kind)reader.ReadByte())
        {
            case Kind.Null:
                return null;
            case Kind.Text:
                return reader.ReadString();
            case Kind.True:
                return true;
            case Kind.False:
                return false;
            case Kind.Integer:
                return reader.ReadInt64();
            case Kind.Number:
                return reader.ReadDouble();
            case Kind.Timestamp:
                return new DateTimeOffset(reader.ReadInt64(), new TimeSpan(reader.ReadInt64()));
            case Kind.List:
                {
                    // Grown as read rather than sized by a count a damaged file could make absurd.
                    var count = reader.Read7BitEncodedInt();
                    var list = new List<object?>();
                    for (var i = 0; i < count; i++)
                    {
                        list.Add(Read(reader, depth + 1));
                    }
                    return list;
                }
            case Kind.Map:
                {
                    var count = reader.Read7BitEncodedInt();
                    var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                    for (var i = 0; i < count; i++)
                    {
                        map.Add(reader.ReadString(), Read(reader, depth + 1));
                    }
                    return map;
                }
            default:
                throw new FormatException("a value of no known kind");
        }
    }
}
