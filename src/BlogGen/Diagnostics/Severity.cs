namespace BlogGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
