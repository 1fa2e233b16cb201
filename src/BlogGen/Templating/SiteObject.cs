using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BlogGen.Templating;

/// <summary>The <c>site</c> object. Each member a template reads is recorded (see <see cref="RenderDependencies"/>).</summary>
internal sealed class SiteObject() : ScriptObject(capacity: 64, autoImportStaticsFromThisType: false)
{
    /// <summary>How many posts Jekyll gives as <c>site.related_posts</c> without its <c>lsi</c> option.</summary>
    public const int RelatedPostsShown = 10;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        RenderDependencies.Of(context)?.Read(member);
        if (member == "related_posts" && !ContainsKey(member))
        {
            value = RelatedPosts(context);
            return true;
        }
        return base.TryGetValue(context, span, member, out value!);
    }

    /// <summary>
    /// Jekyll's <c>site.related_posts</c> while a post renders: the ten newest posts other than it (Jekyll's rule without
    /// <c>lsi</c>); on any other page, none. It depends on <c>site.posts</c>, so the render reads that too.
    /// </summary>
    private IReadOnlyList<object?> RelatedPosts(TemplateContext? context)
    {
        if (context?.GetValue(new ScriptVariableGlobal("page")) is not PageObject page || page["collection"] is not "posts"
            || !base.TryGetValue(context, default, "posts", out var posts) || posts is not IEnumerable<object?> list)
        {
            return ScriptValues.List([]);
        }
        RenderDependencies.Of(context)?.Read("posts");
        return ScriptValues.List(list.OfType<PageObject>().Where(post => post.Identity != page.Identity).Take(RelatedPostsShown));
    }
}
