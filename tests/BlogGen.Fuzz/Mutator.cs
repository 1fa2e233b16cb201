using System.Text;

namespace BlogGen.Fuzz;

/// <summary>
/// Makes hostile posts from seed posts: bit flips, random bytes, chunks inserted, deleted or duplicated, two seeds
/// spliced, tokens of the formats a post mixes (front matter, Liquid, Markdown, HTML) inserted, and long runs of one
/// nesting token. Deterministic for a given <see cref="Random"/>.
/// </summary>
public sealed class Mutator(IReadOnlyList<byte[]> seeds, Random random)
{
    /// <summary>Inputs are cut to this size: bigger ones test the disk, not the parser.</summary>
    public const int MaxLength = 256 * 1024;

    private const int LongestNestingRun = 20_000;

    private static readonly byte[][] Tokens = [.. new[]
    {
        "---", "---\n", "\n---\n", "...\n", "title: x\n", "date: 2025-02-30\n", "permalink: /../x/\n", "layout: nope\n", "tags: [a, b\n",
        "{{", "}}", "{%", "%}", "{{ page.title }}", "{{ content }}", "{% if true %}", "{% endif %}", "{% for p in site.posts %}{{ p.content }}",
        "{% endfor %}", "{% raw %}", "{% endraw %}", "{% include nope.html %}", "{% assign x = x | append: x %}", "{{ x | relative_url }}",
        "<script>", "</script>", "<div>", "</div>", "<style>", "<svg onload=alert(1)>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:x\">",
        "<iframe>", "<table><tr><td>", "<math>", "<template>", "<!--", "-->", "<![CDATA[", "<", "&", "&#", "&#0;", "&#x110000;",
        ">", "*", "_", "**", "```", "~~~", "    ", "[", "](", "![", "[^1]", "[^1]: x", "|", "| --- |", "- [ ] ", "1. ", "# ", "===", "\\",
        "<!--more-->", "\0", "\t", "\r", "\r\n", "\n", "\n\n", "\uFEFF", "\u2028", "\u202E", "日本経済新聞", "𠮷", "\u0301",
    }.Select(Encoding.UTF8.GetBytes), [0xFF], [0xC3], [0xED, 0xA0, 0x80]];

    private static readonly byte[][] NestingUnits = [.. new[]
    {
        ">", "> ", "[", "(", "*", "_", "`", "~", "<div>", "<span>", "<b><i>", "<ul><li>", "<blockquote>", "{{", "{%", "{% if true %}",
        "- ", "  ", "1. ", "[x](", "![", "<!--", "&#", "\\", "#", "|", "\n",
    }.Select(Encoding.UTF8.GetBytes)];

    public FuzzInput Next()
    {
        var bytes = seeds[random.Next(seeds.Count)];
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            bytes = Mutate(bytes);
        }
        var extension = random.Next(6) switch
        {
            0 => ".html",
            1 => ".txt",
            _ => ".md",
        };
        return new FuzzInput(bytes.Length > MaxLength ? bytes[..MaxLength] : bytes, extension);
    }

    private byte[] Mutate(byte[] bytes) => random.Next(9) switch
    {
        0 => FlipBits(bytes),
        1 => SetBytes(bytes),
        2 => Insert(bytes, Position(bytes), Chunk(seeds[random.Next(seeds.Count)], 256)),
        3 => Delete(bytes),
        4 => Duplicate(bytes),
        5 => Splice(bytes, seeds[random.Next(seeds.Count)]),
        6 or 7 => Insert(bytes, random.Next(2) == 0 ? Position(bytes) : LineStart(bytes), Tokens[random.Next(Tokens.Length)]),
        _ => Insert(bytes, LineStart(bytes), NestingRun()),
    };

    private byte[] FlipBits(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < 1 + random.Next(8) && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }
        return copy;
    }

    private byte[] SetBytes(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        ReadOnlySpan<byte> interesting = [0x00, 0x0A, 0x0D, 0x09, 0x20, 0x2D, 0x3C, 0x3E, 0x7B, 0x7D, 0x7F, 0x80, 0xBF, 0xC0, 0xFF];
        for (var i = 0; i < 1 + random.Next(8) && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] = random.Next(2) == 0 ? interesting[random.Next(interesting.Length)] : (byte)random.Next(256);
        }
        return copy;
    }

    private byte[] Delete(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }
        var start = random.Next(bytes.Length);
        var length = 1 + random.Next(Math.Min(1024, bytes.Length - start));
        return [.. bytes.AsSpan(0, start), .. bytes.AsSpan(start + length)];
    }

    private byte[] Duplicate(byte[] bytes)
    {
        var chunk = Chunk(bytes, 512);
        var copies = 1 + random.Next(16);
        var repeated = new byte[chunk.Length * copies];
        for (var i = 0; i < copies; i++)
        {
            chunk.CopyTo(repeated, i * chunk.Length);
        }
        return Insert(bytes, Position(bytes), repeated);
    }

    private byte[] Splice(byte[] first, byte[] second) =>
        [.. first.AsSpan(0, Position(first)), .. second.AsSpan(Position(second))];

    /// <summary>One unit repeated up to <see cref="LongestNestingRun"/> times, lengths spread over powers of two.</summary>
    private byte[] NestingRun()
    {
        var unit = NestingUnits[random.Next(NestingUnits.Length)];
        var count = Math.Min(LongestNestingRun, 1 << random.Next(1, 16));
        var run = new byte[unit.Length * count];
        for (var i = 0; i < count; i++)
        {
            unit.CopyTo(run, i * unit.Length);
        }
        return run;
    }

    private byte[] Chunk(byte[] bytes, int longest)
    {
        if (bytes.Length == 0)
        {
            return [];
        }
        var start = random.Next(bytes.Length);
        return bytes[start..(start + 1 + random.Next(Math.Min(longest, bytes.Length - start)))];
    }

    private int Position(byte[] bytes) => random.Next(bytes.Length + 1);

    /// <summary>Block syntax (fences, quotes, lists) only counts at the start of a line.</summary>
    private int LineStart(byte[] bytes)
    {
        var position = Position(bytes);
        var newline = bytes.AsSpan(0, position).LastIndexOf((byte)'\n');
        return newline + 1;
    }

    private static byte[] Insert(byte[] bytes, int position, byte[] inserted) =>
        [.. bytes.AsSpan(0, position), .. inserted, .. bytes.AsSpan(position)];
}
