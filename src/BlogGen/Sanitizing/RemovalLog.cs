namespace BlogGen.Sanitizing;

/// <summary>
/// Collects the removals of the one <see cref="HtmlFragmentSanitizer.Sanitize"/> call running on
/// this thread. HtmlSanitizer raises its events synchronously on the calling thread, so a shared
/// sanitizer instance still attributes every removal to the call that caused it.
/// </summary>
internal sealed class RemovalLog : IDisposable
{
    [ThreadStatic]
    private static RemovalLog? t_current;

    private readonly RemovalLog? _outer;
    private readonly List<string> _messages = [];

    private RemovalLog(RemovalLog? outer) => _outer = outer;

    /// <summary>The log of the call running on this thread.</summary>
    public static RemovalLog Current =>
        t_current ?? throw new InvalidOperationException("A removal was reported outside HtmlFragmentSanitizer.Sanitize.");

    public static RemovalLog Begin() => t_current = new RemovalLog(t_current);

    public IReadOnlyList<string> Messages => _messages;

    public void Add(string message) => _messages.Add(message);

    public void Dispose() => t_current = _outer;
}
