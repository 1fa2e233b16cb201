namespace BlogGen.Building.Caching;

/// <summary>
/// Writes a string that a cache file holds many times (a member name such as <c>title</c>, a post's path that many
/// pages read) once, and then by its number: at 1,000 posts every page lists what it read of other pages, and decoding
/// each name again was a thirtieth of a build after an edit, in allocations the garbage collector then cleared.
/// Read back with <see cref="RepeatedStringReader"/>, in the same order.
/// </summary>
internal sealed class RepeatedStringWriter
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public void Write(BinaryWriter writer, string value)
    {
        if (_numbers.TryGetValue(value, out var number))
        {
            writer.Write7BitEncodedInt(number + 1);
            return;
        }
        writer.Write7BitEncodedInt(0);
        writer.Write(value);
        _numbers.Add(value, _numbers.Count);
    }
}

/// <summary>Reads what <see cref="RepeatedStringWriter"/> wrote: each string once, one object for all its uses.</summary>
internal sealed class RepeatedStringReader
{
    private readonly List<string> _strings = [];

    public string Read(BinaryReader reader)
    {
        var number = reader.Read7BitEncodedInt();
        if (number == 0)
        {
            var value = reader.ReadString();
            _strings.Add(value);
            return value;
        }
        return number <= _strings.Count ? _strings[number - 1] : throw new FormatException("a repeated text refers to none read before");
    }
}
