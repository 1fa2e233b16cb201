namespace BlogGen.Content;

public enum TemplateSyntax
{
    Scriban,
    Liquid,
}
