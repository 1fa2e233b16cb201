using Scriban.Parsing;
using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>
/// A render error with a diagnostic code of its own, reported as an error wherever it happens: in a body too, whose other
/// render errors are warnings (the text is then shown as written), since Jekyll stops the whole build on it.
/// </summary>
internal sealed class CodedRuntimeException(SourceSpan span, string code, string message) : ScriptRuntimeException(span, message)
{
    public string Code { get; } = code;
}
