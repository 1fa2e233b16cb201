namespace BlogGen.Output;

/// <summary>Why writing the site failed, told so that the user knows what to do about it.</summary>
internal static class WriteFailure
{
    // errno values that .NET passes on as IOException.HResult on Linux and macOS.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int QuotaExceeded = 122;
    private const int QuotaExceededMac = 69;
    private const int NameTooLong = 36;
    private const int NameTooLongMac = 63;

    /// <summary>Whether the file system refused a path or one of its names for its length.</summary>
    public static bool IsNameTooLong(IOException e) => e is PathTooLongException || e.HResult is NameTooLong or NameTooLongMac;

    /// <summary>The file system error behind <paramref name="e"/> (staging runs in parallel, so it may come wrapped),
    /// or null when <paramref name="e"/> is not one.</summary>
    public static Exception? Cause(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(Cause).FirstOrDefault(c => c is not null),
        _ => null,
    };

    public static string Describe(Exception cause)
    {
        var detail = cause.Message.TrimEnd('.');
        return cause switch
        {
            UnauthorizedAccessException =>
                $"permission denied ({detail}): make the destination writable, or choose another with --destination",
            IOException { HResult: NoSpace or QuotaExceeded or QuotaExceededMac } =>
                $"the disk is full ({detail}): free some space, or choose another --destination",
            IOException { HResult: ReadOnlyFileSystem } =>
                $"the destination is on a read-only file system ({detail}): choose another with --destination",
            _ => $"a file or folder could not be created ({detail}): check that the destination is a folder you can write to, "
                + "with no file in the way of a folder, or choose another --destination",
        };
    }
}
