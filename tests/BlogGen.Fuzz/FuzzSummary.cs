using System.Globalization;

namespace BlogGen.Fuzz;

/// <summary>What a fuzzing session found.</summary>
/// <param name="Failures">Each crash or hang, with the file its input was saved to.</param>
/// <param name="DiagnosticCodes">Every distinct diagnostic code the builds reported, sorted.</param>
/// <param name="SlowestBatch">The most processor time one batch's build used; its inputs are under <c>slowest/</c>.</param>
public sealed record FuzzSummary(long InputsTried, TimeSpan Elapsed, IReadOnlyList<FuzzFailure> Failures, IReadOnlyList<string> DiagnosticCodes,
    TimeSpan SlowestBatch)
{
    public int Crashes => Failures.Count(f => f.Kind == FuzzFailureKind.Crash);

    public int Hangs => Failures.Count(f => f.Kind == FuzzFailureKind.Hang);

    public double InputsPerSecond => Elapsed.TotalSeconds > 0 ? InputsTried / Elapsed.TotalSeconds : 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"""
        inputs tried: {InputsTried}
        time: {Elapsed.TotalSeconds:F0} s
        inputs/s: {InputsPerSecond:F1}
        crashes: {Crashes}
        hangs: {Hangs}
        slowest batch: {SlowestBatch.TotalSeconds:F1} s of processor time
        distinct diagnostic codes ({DiagnosticCodes.Count}): {string.Join(' ', DiagnosticCodes)}
        """) + string.Concat(Failures.Select(f => $"\n{f.Kind.ToString().ToLowerInvariant()}: {f.SavedAs}: {f.Description}"));
}
