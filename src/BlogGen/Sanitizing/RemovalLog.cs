namespace BlogGen.Sanitizing;

/// <summary>The removals of one <see cref="HtmlFragmentSanitizer.Sanitize"/> call, as messages a writer can read.</summary>
internal sealed class RemovalLog
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages => _messages;

    public void Add(string message) => _messages.Add(message);
}
