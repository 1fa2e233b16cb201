using System.IO.Hashing;

namespace BlogGen.Building.Caching;

/// <summary>
/// Passes bytes through to or from another stream, adding each to a checksum on the way, so a cache file is checked as
/// it is read and summed as it is written without a second copy of it in memory (the build cache is tens of megabytes).
/// </summary>
internal sealed class ChecksumStream(Stream inner) : Stream
{
    private readonly XxHash128 _checksum = new();

    /// <summary>The checksum of every byte read or written so far.</summary>
    public byte[] Checksum => _checksum.GetCurrentHash();

    public override bool CanRead => inner.CanRead;

    public override bool CanWrite => inner.CanWrite;

    public override bool CanSeek => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _checksum.Append(buffer[..read]);
        return read;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _checksum.Append(buffer);
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
