namespace BlogGen.Content;

public enum DocumentKind
{
    Post,
    Draft,
    Page,

    /// <summary>A document of one of the site's own collections (<c>collections:</c>), read from <c>_LABEL/</c>.</summary>
    Item,
}
