namespace BlogGen.Generators.Search;

/// <summary>
/// The fields of a post a token occurs in, as bits whose values are also their weights in the ranking: a term found in
/// a title counts 4, in the tags 2, in the text 1, so the bits a term matched in add up to its score.
/// </summary>
[Flags]
public enum SearchFields : byte
{
    None = 0,
    Text = 1,
    Tags = 2,
    Title = 4,
}
