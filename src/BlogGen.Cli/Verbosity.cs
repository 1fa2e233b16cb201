namespace BlogGen.Cli;

internal enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}
