using System.Text.RegularExpressions;

using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>What a template failing at render time is reported as: Scriban's message, said in the user's terms where it names Scriban's internals.</summary>
internal static partial class RenderErrorMessage
{
    public static string Of(ScriptRuntimeException exception)
    {
        var message = exception.OriginalMessage;
        if (RecursionLimit().Match(message) is { Success: true } recursion)
        {
            return recursion.Groups["include"].Success
                ? $"the include '{recursion.Groups["include"].Value}' includes itself, directly or through other includes, so it never ends (stopped at {recursion.Groups["limit"].Value} levels): remove the include that loops back"
                : $"templates call each other more than {recursion.Groups["limit"].Value} levels deep, so one of them calls itself without end: remove the call that loops back";
        }
        return UnknownFunction().Match(message) is { Success: true } unknown
            ? $"'{unknown.Groups["name"].Value}' is not a filter or function BlogGen knows (it has Liquid's, Jekyll's and Scriban's, not Jekyll plugins'): check the name"
            : message;
    }

    [GeneratedRegex(@"^Exceeding number of recursive depth limit `(?<limit>\d+)` for node: `(?:(?:jekyll_)?include(?:_relative)? '(?<include>[^']+)'.*)?", RegexOptions.CultureInvariant)]
    private static partial Regex RecursionLimit();

    [GeneratedRegex(@"^The function `(?<name>[^`]+)` was not found$", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownFunction();
}
