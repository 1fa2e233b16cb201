using System.Collections.Immutable;

using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace BlogGen.Sanitizing;

/// <summary>
/// The <c>iframe</c>s of a fragment held to <see cref="EmbedAllowlist"/>, before the policy runs: a frame of an
/// allowed player stays (its fallback content, which browsers never show, emptied), any other is removed and logged.
/// The attributes BlogGen sets itself (<c>sandbox</c>, <c>allow</c>, <c>loading</c>, <c>referrerpolicy</c>, and the
/// <c>allowfullscreen</c> and <c>frameborder</c> of players' embed codes) are taken off quietly and set by
/// <see cref="Seal"/> after the policy, so a writer's copy can never widen them.
/// </summary>
internal static class EmbeddedFrames
{
    private static readonly ImmutableArray<string> SetByBlogGen = ["allow", "allowfullscreen", "frameborder", "loading", "referrerpolicy", "sandbox"];

    /// <summary>The frames kept, to <see cref="Seal"/> once the policy has run.</summary>
    public static List<IElement> Check(IHtmlElement body, ImmutableArray<string> embeds, RemovalLog log)
    {
        var kept = new List<IElement>();
        foreach (var frame in body.QuerySelectorAll("iframe"))
        {
            var src = frame.GetAttribute("src");
            // An "iframe" inside SVG or MathML is no frame where it is, but would be one if its parent were unwrapped.
            if (frame.NamespaceUri != AngleSharp.Dom.NamespaceNames.HtmlUri || EmbedAllowlist.Allowed(src, embeds) is not { } url)
            {
                log.Add(src is null ? RemovalMessages.Element("iframe", RemovalRules.Frames) : RemovalMessages.FrameNotOnEmbedList(src),
                    SourceOffsets.Of(frame));
                frame.Remove();
                continue;
            }
            frame.SetAttribute("src", url);
            foreach (var name in SetByBlogGen)
            {
                frame.RemoveAttribute(name);
            }
            frame.TextContent = "";
            kept.Add(frame);
        }
        return kept;
    }

    /// <summary>Gives each kept frame that is still there its sandbox and the rest of what BlogGen sets.</summary>
    public static void Seal(IHtmlElement body, List<IElement> frames)
    {
        foreach (var frame in frames.Where(body.Contains))
        {
            frame.SetAttribute("sandbox", EmbedAllowlist.Sandbox);
            frame.SetAttribute("allow", EmbedAllowlist.Allow);
            frame.SetAttribute("loading", "lazy");
            frame.SetAttribute("referrerpolicy", EmbedAllowlist.ReferrerPolicy);
        }
    }
}
