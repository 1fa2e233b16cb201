using System.Text;

namespace BlogGen.Browser.Tests;

/// <summary>
/// What a server running on another thread writes, readable while it writes. A plain <see cref="StringWriter"/>
/// behind <see cref="TextWriter.Synchronized"/> locks only the writes, so reading it mid-write can throw.
/// </summary>
public sealed class SharedOutput : TextWriter
{
    private readonly StringBuilder text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (text)
        {
            text.Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (text)
        {
            text.Append(buffer, index, count);
        }
    }

    public override void Write(string? value)
    {
        lock (text)
        {
            text.Append(value);
        }
    }

    // A line and its end in one piece: the base class writes them as two calls, between which another thread could write.
    public override void WriteLine(string? value)
    {
        lock (text)
        {
            text.Append(value).Append(CoreNewLine);
        }
    }

    public override string ToString()
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
