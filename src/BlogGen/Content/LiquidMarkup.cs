namespace BlogGen.Content;

/// <summary>Whether a text holds Liquid at all: without <c>{{</c> or <c>{%</c> it renders as itself.</summary>
public static class LiquidMarkup
{
    public static bool IsIn(string text) =>
        text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal);
}
