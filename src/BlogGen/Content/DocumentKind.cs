namespace BlogGen.Content;

public enum DocumentKind
{
    Post,
    Draft,
    Page,
}
