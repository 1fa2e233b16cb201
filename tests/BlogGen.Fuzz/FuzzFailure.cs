namespace BlogGen.Fuzz;

public enum FuzzFailureKind
{
    /// <summary>An exception escaped <c>SiteBuilder.Build</c>.</summary>
    Crash,

    /// <summary>The build did not finish within the per-input timeout.</summary>
    Hang,
}

/// <param name="SavedAs">The input's file under the output folder; a <c>.txt</c> beside it holds <paramref name="Description"/>.</param>
public sealed record FuzzFailure(FuzzFailureKind Kind, string SavedAs, string Description);
