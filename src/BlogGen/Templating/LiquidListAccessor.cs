using System.Collections;

using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BlogGen.Templating;

/// <summary>
/// Liquid's <c>list.first</c> and <c>list.last</c> (Jekyll themes write <c>page.tags.first</c>), besides what Scriban's
/// own list accessor gives (<c>size</c>, items by index).
/// </summary>
internal sealed class LiquidListAccessor(IObjectAccessor inner) : IObjectAccessor
{
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => inner.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => inner.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
        member is "first" or "last" || inner.HasMember(context, span, target, member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (member is "first" or "last" && target is IList list)
        {
            value = list.Count == 0 ? null : list[member == "first" ? 0 : list.Count - 1];
            return true;
        }
        return inner.TryGetValue(context, span, target, member, out value);
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        inner.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        inner.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        inner.TrySetItem(context, span, target, index, value);

    public bool HasIndexer => inner.HasIndexer;

    public Type? IndexType => inner.IndexType;
}
