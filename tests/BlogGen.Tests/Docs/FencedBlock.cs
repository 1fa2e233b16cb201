namespace BlogGen.Tests.Docs;

/// <summary>A fenced code block of a guide page: <paramref name="Info"/> is what follows the opening fence ("yaml").</summary>
public sealed record FencedBlock(string Page, int Line, string Info, IReadOnlyList<string> Lines)
{
    public string Language => Info.Split(' ', 2)[0];

    public string FirstLine => Lines.Count > 0 ? Lines[0].Trim() : "";

    public string Text => string.Join('\n', Lines) + "\n";

    public override string ToString() => $"docs/{Page}:{Line}";
}
