namespace BlogGen.Checking;

/// <summary>One URL found in a page's <c>href</c>, <c>src</c> or <c>srcset</c>, with where it is written.</summary>
public sealed record PageLink(string Url, string Attribute, int Line, int Column);
