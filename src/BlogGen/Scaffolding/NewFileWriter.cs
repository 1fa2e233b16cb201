using System.Text;

namespace BlogGen.Scaffolding;

/// <summary>Creates a file only when nothing is at its path, so a user's file is never overwritten, even in a race.</summary>
internal static class NewFileWriter
{
    // New each time: an encoding made with `new` can have its fallbacks changed by whoever holds it.
    private static UTF8Encoding Utf8WithoutBom => new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>False when the file already exists.</summary>
    public static bool TryCreate(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            var bytes = Utf8WithoutBom.GetBytes(text.ReplaceLineEndings("\n"));
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(path) || Directory.Exists(path))
        {
            return false;
        }
    }
}
