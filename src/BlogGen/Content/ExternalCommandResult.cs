namespace BlogGen.Content;

/// <summary>What a program printed and how it ended; <see cref="ExitCode"/> is -1 when it did not start or was stopped.</summary>
public sealed record ExternalCommandResult(int ExitCode, string Output, string Error, bool TimedOut)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;
}
