namespace BlogGen.Output;

/// <summary>
/// An output file's size and modification time, taken when its bytes were found to be what a build wrote: while the
/// file keeps both, it still holds those bytes, as make and Hugo trust (a file edited by hand gets a new time).
/// </summary>
internal sealed record OutputStamp(long Length, DateTime LastWriteUtc);
