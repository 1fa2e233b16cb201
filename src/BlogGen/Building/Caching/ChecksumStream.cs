using System.IO.Hashing;

namespace BlogGen.Building.Caching;

/// <summary>
/// Passes bytes through to or from another stream, adding each to a checksum on the way, so a cache file is checked as
/// it is read and summed as it is written without a second copy of it in memory (the build cache is tens of megabytes).
/// It moves bytes in blocks of its own: a <see cref="BinaryReader"/> asks for one to eight bytes at a time, and passing
/// each such read on to the file and the checksum (with <see cref="Stream.ReadByte"/> making a new array every time)
/// made reading the cache of a 1,000-post site a third of the build after an edit.
/// </summary>
internal sealed class ChecksumStream(Stream inner) : Stream
{
    private const int BlockSize = 1 << 16;

    private readonly XxHash128 _checksum = new();
    private readonly byte[] _block = new byte[BlockSize];
    // Reading: _block[_start.._end] was read and summed but not yet handed out. Writing: _block[.._end] waits to be summed and written.
    private int _start;
    private int _end;

    /// <summary>The checksum of every byte read so far, or written so far.</summary>
    public byte[] Checksum
    {
        get
        {
            if (inner.CanWrite)
            {
                WritePending();
            }
            return _checksum.GetCurrentHash();
        }
    }

    /// <summary>Every byte of the other stream was read and handed out: nothing is left over after the last value.</summary>
    public bool IsAtEnd => _start == _end && inner.Position == inner.Length;

    public override bool CanRead => inner.CanRead;

    public override bool CanWrite => inner.CanWrite;

    public override bool CanSeek => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_start == _end)
        {
            if (buffer.Length >= BlockSize)
            {
                var direct = inner.Read(buffer);
                _checksum.Append(buffer[..direct]);
                return direct;
            }
            if (!Fill())
            {
                return 0;
            }
        }
        var count = Math.Min(buffer.Length, _end - _start);
        _block.AsSpan(_start, count).CopyTo(buffer);
        _start += count;
        return count;
    }

    public override int ReadByte() => _start < _end || Fill() ? _block[_start++] : -1;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_end + buffer.Length > BlockSize)
        {
            WritePending();
            if (buffer.Length >= BlockSize)
            {
                _checksum.Append(buffer);
                inner.Write(buffer);
                return;
            }
        }
        buffer.CopyTo(_block.AsSpan(_end));
        _end += buffer.Length;
    }

    public override void WriteByte(byte value)
    {
        if (_end == BlockSize)
        {
            WritePending();
        }
        _block[_end++] = value;
    }

    public override void Flush()
    {
        WritePending();
        inner.Flush();
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private bool Fill()
    {
        _start = 0;
        _end = inner.Read(_block);
        _checksum.Append(_block.AsSpan(0, _end));
        return _end > 0;
    }

    private void WritePending()
    {
        _checksum.Append(_block.AsSpan(0, _end));
        inner.Write(_block.AsSpan(0, _end));
        _end = 0;
    }
}
