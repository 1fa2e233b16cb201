using System.Text.RegularExpressions;

using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>What a template failing at render time is reported as: Scriban's message, said in the user's terms where it names Scriban's internals.</summary>
internal static partial class RenderErrorMessage
{
    public static string Of(ScriptRuntimeException exception) =>
        RecursionLimit().Match(exception.OriginalMessage) is { Success: true } match
            ? match.Groups["include"].Success
                ? $"the include '{match.Groups["include"].Value}' includes itself, directly or through other includes, so it never ends (stopped at {match.Groups["limit"].Value} levels): remove the include that loops back"
                : $"templates call each other more than {match.Groups["limit"].Value} levels deep, so one of them calls itself without end: remove the call that loops back"
            : exception.OriginalMessage;

    [GeneratedRegex(@"^Exceeding number of recursive depth limit `(?<limit>\d+)` for node: `(?:(?:jekyll_)?include '(?<include>[^']+)'.*)?", RegexOptions.CultureInvariant)]
    private static partial Regex RecursionLimit();
}
