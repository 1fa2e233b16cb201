namespace BlogGen.Content;

/// <summary>Jekyll's named permalink styles.</summary>
public static class PermalinkStyles
{
    public static string Expand(string style) => style switch
    {
        "date" => "/:categories/:year/:month/:day/:title:output_ext",
        "pretty" => "/:categories/:year/:month/:day/:title/",
        "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
        "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none" => "/:categories/:title:output_ext",
        _ => style,
    };

    /// <summary>Pages follow the style's shape: "pretty" gives <c>/about/</c>, the others <c>/about.html</c>.</summary>
    public static bool IsPrettyForPages(string style) =>
        Expand(style).EndsWith('/');
}
