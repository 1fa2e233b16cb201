namespace BlogGen.Cli.Tests;

/// <summary>
/// A fact about the native executable, skipped unless <see cref="BloggenProcess.ExecutableVariable"/> names one: making it
/// takes clang, which a machine with only the .NET SDK lacks. .ci/run publishes it and runs these tests with it.
/// </summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public NativeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(BloggenProcess.ExecutableVariable) is not { Length: > 0 })
        {
            Skip = $"no native executable: set {BloggenProcess.ExecutableVariable} (./build.ps1 -Task Native publishes one)";
        }
    }
}
