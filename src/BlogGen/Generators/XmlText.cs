using System.Text;
using System.Xml;

namespace BlogGen.Generators;

/// <summary>
/// Text an XML 1.0 document can hold. A post may contain control characters (valid UTF-8, invalid XML); the XML
/// writer would throw on them and stop the build, so they are dropped from feeds.
/// </summary>
internal static class XmlText
{
    public static string Valid(string text)
    {
        var builder = (StringBuilder?)null;
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]))
            {
                builder?.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder?.Append(text[i]);
            }
            else
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, i);
            }
        }
        return builder?.ToString() ?? text;
    }
}
