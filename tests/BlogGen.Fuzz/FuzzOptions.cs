namespace BlogGen.Fuzz;

/// <summary>What a fuzzing session is asked to do.</summary>
/// <param name="SeedPaths">Files, or folders searched for posts (.md, .markdown, .html, .htm, .txt).</param>
/// <param name="OutputDirectory">Gets the work site and, under crashes/ and hangs/, every failing input.</param>
public sealed record FuzzOptions(TimeSpan Duration, int Seed, string OutputDirectory, IReadOnlyList<string> SeedPaths)
{
    /// <summary>Stops after this many inputs even when time is left; the smoke test sets it.</summary>
    public long MaxInputs { get; init; } = long.MaxValue;

    /// <summary>Posts built together: one build per input would spend most of its time on the theme and the generators.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>A build of one input using more processor time is a hang; a batch gets twice this.</summary>
    public TimeSpan InputTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A hung build cannot be stopped and keeps a core busy: after this many the session ends.</summary>
    public int MaxHangs { get; init; } = 3;
}
