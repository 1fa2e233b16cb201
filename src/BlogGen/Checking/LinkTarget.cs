namespace BlogGen.Checking;

/// <summary>Where an internal link leads: a file of the built site (relative, '/'-separated) and an optional fragment.</summary>
/// <param name="File">The file inside the site that answers the link, or null when none does.</param>
/// <param name="Fragment">The percent-decoded fragment, or null when the link has none.</param>
public sealed record LinkTarget(string? File, string? Fragment);
