using System.Globalization;
using System.Text.RegularExpressions;

using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BlogGen.Yaml;

/// <summary>
/// Gives YAML scalars real types: the YAML 1.2 core schema (null, bool, int, float) plus timestamps.
/// Quoted and block scalars are strings unless an explicit tag such as <c>!!int</c> says otherwise.
/// </summary>
internal static partial class YamlScalarResolver
{
    private const string StrTag = "tag:yaml.org,2002:str";
    private const string NullTag = "tag:yaml.org,2002:null";
    private const string BoolTag = "tag:yaml.org,2002:bool";
    private const string IntTag = "tag:yaml.org,2002:int";
    private const string FloatTag = "tag:yaml.org,2002:float";
    private const string TimestampTag = "tag:yaml.org,2002:timestamp";

    /// <summary>The value of <paramref name="scalar"/>, or false with a message when an explicit tag does not fit its text.</summary>
    public static bool TryResolve(Scalar scalar, TimeZoneInfo timeZone, out object? value, out string? error)
    {
        error = null;
        var text = scalar.Value;
        if (scalar.Tag.IsEmpty)
        {
            value = scalar.Style == ScalarStyle.Plain ? ResolvePlain(text, timeZone) : text;
            return true;
        }
        if (scalar.Tag.IsNonSpecific)
        {
            value = text;
            return true;
        }

        switch (scalar.Tag.Value)
        {
            case StrTag:
                value = text;
                return true;
            case NullTag:
                value = null;
                return IsNull(text) || Fail(text, "!!null", "empty, 'null' or '~'", out error);
            case BoolTag:
                value = ParseBool(text);
                return value is not null || Fail(text, "!!bool", "true or false", out error);
            case IntTag:
                value = TryParseInt(text, out var integer) ? integer : null;
                return value is not null || Fail(text, "!!int", "a whole number", out error);
            case FloatTag:
                value = TryParseFloat(text, out var number) ? number : TryParseInt(text, out integer) ? (double)integer : null;
                return value is not null || Fail(text, "!!float", "a number", out error);
            case TimestampTag:
                value = YamlTimestamp.TryParse(text, timeZone, secondsOptional: false, out var timestamp) ? timestamp : null;
                return value is not null || Fail(text, "!!timestamp", "a date such as 2025-02-13 or 2025-02-13 08:55:52 +09:00", out error);
            default:
                // Application tags (!foo, !!binary...) mean nothing to a blog: read the value as if untagged.
                value = scalar.Style == ScalarStyle.Plain ? ResolvePlain(text, timeZone) : text;
                return true;
        }
    }

    public static object? ResolvePlain(string text, TimeZoneInfo timeZone)
    {
        if (IsNull(text))
        {
            return null;
        }
        if (ParseBool(text) is { } boolean)
        {
            return boolean;
        }
        var first = text[0];
        if (!char.IsAsciiDigit(first) && first is not ('-' or '+' or '.'))
        {
            return text;
        }
        if (IsDecimalInteger(text) || text.StartsWith("0x", StringComparison.Ordinal) || text.StartsWith("0o", StringComparison.Ordinal))
        {
            // An integer too large for 64 bits stays text rather than silently losing digits.
            return TryParseInt(text, out var integer) ? integer : text;
        }
        if (TryParseFloat(text, out var number))
        {
            return number;
        }
        if (char.IsAsciiDigit(first) && YamlTimestamp.TryParse(text, timeZone, secondsOptional: false, out var timestamp))
        {
            return timestamp;
        }
        return text;
    }

    private static bool Fail(string text, string tag, string expected, out string error)
    {
        error = $"the value '{text}' is tagged {tag} but is not {expected}: fix the value or remove the tag";
        return false;
    }

    private static bool IsNull(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    private static bool? ParseBool(string text) => text switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ => null,
    };

    private static bool IsDecimalInteger(string text)
    {
        var digits = text.AsSpan(text.StartsWith('-') || text.StartsWith('+') ? 1 : 0);
        return !digits.IsEmpty && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static bool TryParseInt(string text, out long value)
    {
        value = 0;
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            var hex = text.AsSpan(2);
            if (!ulong.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unsigned)
                || unsigned > long.MaxValue)
            {
                return false;
            }
            value = (long)unsigned;
            return true;
        }
        if (text.StartsWith("0o", StringComparison.Ordinal))
        {
            var octal = text.AsSpan(2);
            if (octal.IsEmpty || octal.ContainsAnyExceptInRange('0', '7'))
            {
                return false;
            }
            foreach (var digit in octal)
            {
                if (value > (long.MaxValue >> 3))
                {
                    return false;
                }
                value = (value << 3) | (long)(digit - '0');
            }
            return true;
        }
        return IsDecimalInteger(text)
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseFloat(string text, out double value)
    {
        switch (text)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                value = double.PositiveInfinity;
                return true;
            case "-.inf" or "-.Inf" or "-.INF":
                value = double.NegativeInfinity;
                return true;
            case ".nan" or ".NaN" or ".NAN":
                value = double.NaN;
                return true;
            default:
                value = 0;
                return CoreFloat().IsMatch(text)
                    && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
    }

    [GeneratedRegex(@"\A[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex CoreFloat();
}
