using System.Text;

namespace BlogGen.Server;

/// <summary>A request target decoded once and strictly; anything that could name a file outside the site is refused.</summary>
/// <param name="Segments">The decoded path segments, none empty, <c>.</c> or <c>..</c>.</param>
/// <param name="IsFolder">The path ends with <c>/</c>.</param>
internal sealed record RequestPath(IReadOnlyList<string> Segments, bool IsFolder)
{
    // New each time: an encoding made with `new` can have its fallbacks changed by whoever holds it.
    private static UTF8Encoding StrictUtf8 => new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Text => "/" + string.Join('/', Segments) + (IsFolder && Segments.Count > 0 ? "/" : "");

    /// <summary>Null when the target is not a plain origin-form path, or when decoding it once still leaves
    /// an escape, a separator other than <c>/</c>, a control character, invalid or overlong UTF-8, or a dot segment.</summary>
    public static RequestPath? Parse(string rawTarget)
    {
        var end = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var raw = end < 0 ? rawTarget : rawTarget[..end];
        if (raw.Length == 0 || raw[0] != '/')
        {
            return null;
        }
        if (Decode(raw) is not { } decoded)
        {
            return null;
        }
        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".."))
        {
            return null;
        }
        return new RequestPath(segments, decoded.EndsWith('/'));
    }

    private static string? Decode(string raw)
    {
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '%')
            {
                if (i + 2 >= raw.Length || !IsHex(raw[i + 1]) || !IsHex(raw[i + 2]))
                {
                    return null;
                }
                var value = Convert.ToByte(raw.Substring(i + 1, 2), 16);
                // An encoded separator or '%' (double encoding) has no business in a site path.
                if (value is (byte)'/' or (byte)'\\' or (byte)'%' or < 0x20 or 0x7F)
                {
                    return null;
                }
                bytes.Add(value);
                i += 2;
            }
            else if (c is < (char)0x21 or > (char)0x7E or '\\')
            {
                return null;
            }
            else
            {
                bytes.Add((byte)c);
            }
        }
        string text;
        try
        {
            text = StrictUtf8.GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        return text.Any(char.IsControl) || text.Contains('\\', StringComparison.Ordinal) ? null : text;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
