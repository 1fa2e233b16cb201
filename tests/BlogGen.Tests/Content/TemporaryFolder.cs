using System.Text;

namespace BlogGen.Tests.Content;

/// <summary>A folder under the system temp directory, deleted when the test ends.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = Directory.CreateTempSubdirectory("bloggen-content-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte order mark) at a '/'-separated relative path.</summary>
    public void Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var fullPath = System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        File.WriteAllBytes(fullPath, bytes);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
