namespace BlogGen.Content;

/// <summary>Jekyll's <c>slugify</c> modes.</summary>
public enum SlugMode
{
    /// <summary>Lowercase only; nothing is replaced (except what could break a path).</summary>
    None,

    /// <summary>Runs of whitespace become a hyphen.</summary>
    Raw,

    /// <summary>Runs of anything but Unicode letters, marks and digits become a hyphen.</summary>
    Default,

    /// <summary>Like <see cref="Default"/>, but also keeps <c>._~!$&amp;'()+,;=@</c>.</summary>
    Pretty,

    /// <summary>Runs of anything but ASCII letters and digits become a hyphen.</summary>
    Ascii,

    /// <summary>Latin letters lose their accents (<c>é</c> to <c>e</c>), then as <see cref="Ascii"/>.</summary>
    Latin,
}
