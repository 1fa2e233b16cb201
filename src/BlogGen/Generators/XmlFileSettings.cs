using System.Text;
using System.Xml;

namespace BlogGen.Generators;

/// <summary>How the feed and the sitemap are written: UTF-8 without a byte order mark, indented, <c>\n</c> line ends on every OS.</summary>
internal static class XmlFileSettings
{
    /// <summary>New each time: XmlWriterSettings can be changed by whoever holds them, so they are not shared.</summary>
    public static XmlWriterSettings Create() => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };
}
