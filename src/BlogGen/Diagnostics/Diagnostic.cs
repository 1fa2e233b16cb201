namespace BlogGen.Diagnostics;

/// <summary>One problem found in the user's input, in the form MSBuild and editors understand.</summary>
/// <param name="Path">The file the problem is in, relative to the source folder where possible.</param>
/// <param name="Line">1-based line, or 0 when the problem has no line.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message)
{
    public static Diagnostic Error(string code, string path, string message, int line = 0, int column = 0) =>
        new(Severity.Error, code, path, line, column, message);

    public static Diagnostic Warning(string code, string path, string message, int line = 0, int column = 0) =>
        new(Severity.Warning, code, path, line, column, message);

    /// <summary><c>path(line,col): error BG1234: message</c>.</summary>
    public override string ToString()
    {
        var location = (Line, Column) switch
        {
            ( <= 0, _) => Path,
            (_, <= 0) => $"{Path}({Line})",
            _ => $"{Path}({Line},{Column})",
        };
        var kind = Severity == Severity.Error ? "error" : "warning";
        return string.IsNullOrEmpty(location)
            ? $"{kind} {Code}: {Message}"
            : $"{location}: {kind} {Code}: {Message}";
    }

    /// <summary>The GitHub Actions workflow command that shows this diagnostic as an annotation.</summary>
    public string ToGitHubAnnotation()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var properties = new List<string>();
        if (!string.IsNullOrEmpty(Path))
        {
            properties.Add("file=" + EscapeProperty(Path));
        }
        if (Line > 0)
        {
            properties.Add("line=" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (Column > 0)
        {
            properties.Add("col=" + Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        properties.Add("title=" + Code);
        return $"::{kind} {string.Join(',', properties)}::{EscapeData(Message)}";
    }

    private static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
